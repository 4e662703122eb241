// The repositories the stand-ins serve, shared by the raw file host (files.js) and the GitHub
// API (github.js), so a tree the API lists is exactly what raw.githubusercontent.com serves.
//
// Each repository is one snapshot of real files from test/fixtures/kubernetes/ (SOURCES.md
// names the upstream commit of each). The snapshot gets a commit SHA of its own, derived from
// its content: the files come from different upstream commits, so no upstream SHA would be true
// for the set. Trees and blobs get SHA-1 ids the way git names objects (a blob's id is
// SHA-1("blob <size>\0<content>"), git's object format); a tree's id here hashes its listing,
// which is as opaque to a client as git's own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/kubernetes/', import.meta.url));

/**
 * `<org>/<repo>` → default branch and the fixture file of each path. Branches are the
 * repositories' own: kubernetes/kubernetes still calls its default branch `master` (its README
 * links `blob/master/…`), the others `main` (kubernetes/community since its 2026 rename).
 * `archived` repositories are listed by the org but their OWNERS are history.
 */
const DEFINITIONS = {
  'kubernetes/community': { branch: 'main', files: { 'sigs.yaml': 'sigs.yaml' } },
  'kubernetes/steering': {
    branch: 'main',
    files: { OWNERS: 'steering-OWNERS', OWNERS_ALIASES: 'steering-OWNERS_ALIASES', 'README.md': 'steering-README.md' },
  },
  'kubernetes/kubeadm': { branch: 'main', files: { OWNERS: 'kubeadm-OWNERS' } },
  'kubernetes/kubernetes': {
    branch: 'master',
    files: { OWNERS_ALIASES: 'kubernetes-OWNERS_ALIASES', 'pkg/kubelet/OWNERS': 'kubernetes-pkg-kubelet-OWNERS' },
    // GitHub truncates a recursive tree over 100,000 entries or 7 MB ("Get a tree", REST docs,
    // `truncated`); kubernetes/kubernetes is the repository that can come near it. This small
    // copy answers truncated so a client's walk of the tree one level at a time is exercised.
    truncatedRecursiveTree: true,
  },
  'kubernetes/org': {
    branch: 'main',
    files: {
      'config/kubernetes/org.yaml': 'org-kubernetes-org.yaml',
      'config/kubernetes-sigs/org.yaml': 'org-kubernetes-sigs-org.yaml',
      'config/kubernetes/sig-cluster-lifecycle/teams.yaml': 'org-sig-cluster-lifecycle-teams.yaml',
      'config/kubernetes-sigs/sig-network/teams.yaml': 'org-kubernetes-sigs-sig-network-teams.yaml',
    },
  },
  // Archived upstream (GitHub shows it read-only); its OWNERS must not give anyone a role today.
  'kubernetes/kube-deploy': { branch: 'master', archived: true, files: { OWNERS: 'kind-OWNERS' } },
  'kubernetes-sigs/kind': { branch: 'main', files: { OWNERS: 'kind-OWNERS' } },
};

/**
 * kubernetes-sigs has about 200 public repositories; 120 empty ones stand in for most of them,
 * so listing the org takes two pages of 100 (GitHub paginates with `Link`, REST docs "Using
 * pagination in the REST API").
 */
for (let i = 1; i <= 120; i++) DEFINITIONS[`kubernetes-sigs/sig-repo-${String(i).padStart(3, '0')}`] = { branch: 'main', files: {} };

const sha1 = (data) => createHash('sha1').update(data).digest('hex');

/** git's blob id. */
function blobSha(content) {
  return sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
}

/** Builds the trees of a snapshot: path of each directory → entries. */
function buildTrees(files) {
  const dirs = new Map([['', new Map()]]);
  const dir = (path) => {
    if (!dirs.has(path)) {
      dirs.set(path, new Map());
      const i = path.lastIndexOf('/');
      const parent = i < 0 ? '' : path.slice(0, i);
      dir(parent).set(path.slice(i + 1), { type: 'tree', dir: path });
    }
    return dirs.get(path);
  };
  for (const [path, file] of Object.entries(files)) {
    const i = path.lastIndexOf('/');
    dir(i < 0 ? '' : path.slice(0, i)).set(path.slice(i + 1), { type: 'blob', path, ...file });
  }
  // Ids bottom-up: a tree's id covers its children's.
  const ids = new Map();
  const idOf = (path) => {
    if (!ids.has(path)) {
      const listing = [...dirs.get(path)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, e]) => `${e.type} ${name} ${e.type === 'tree' ? idOf(e.dir) : e.sha}`);
      ids.set(path, sha1(`tree\n${listing.join('\n')}`));
    }
    return ids.get(path);
  };
  idOf('');
  return { dirs, ids };
}

function load() {
  const repos = new Map();
  for (const [fullName, def] of Object.entries(DEFINITIONS)) {
    const files = {};
    for (const [path, fixture] of Object.entries(def.files)) {
      const content = readFileSync(FIXTURES + fixture);
      files[path] = { content, sha: blobSha(content), size: content.length };
    }
    const { dirs, ids } = buildTrees(files);
    const commit = sha1(`commit ${fullName} ${ids.get('')}`);
    repos.set(fullName, { fullName, ...def, files, dirs, treeIds: ids, commit, rootTree: ids.get('') });
  }
  return repos;
}

/** Every repository, by `<org>/<repo>`. */
export const REPOS = load();

/** The repositories of an org, in name order. */
export function reposOf(org) {
  return [...REPOS.values()].filter((r) => r.fullName.startsWith(`${org}/`)).sort((a, b) => (a.fullName < b.fullName ? -1 : 1));
}

/** The directory path of a tree id in a repository, or undefined. */
export function treePath(repo, sha) {
  for (const [path, id] of repo.treeIds) if (id === sha) return path;
  return undefined;
}

/**
 * The file at `ref` (the default branch, `HEAD` or the snapshot's commit SHA — raw URLs take any
 * ref that names the commit), or undefined.
 */
export function fileAt(fullName, ref, path) {
  const repo = REPOS.get(fullName);
  if (!repo || (ref !== repo.branch && ref !== 'HEAD' && ref !== repo.commit)) return undefined;
  return repo.files[path];
}

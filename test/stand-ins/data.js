// Per-user datasets the stand-ins serve. Numbers are plausible, not real:
// tests assert the mapping of these exact values, so keep them stable.
//
// One record per person, keyed by the login as GitHub spells it. GitHub
// looks logins up case-insensitively; DevStats and ContribCard do not.

/**
 * The newest Kubernetes minor on 2026-11-30: v1.37.0 was tagged on 2026-08-26 and
 * v1.38.0 is due on 2026-12-16 (kubernetes/sig-release releases/release-1.3{7,8}/README.md),
 * so DevStats lists `v1.37.0 - now`. A test tags v1.38 with `standIns.release()`.
 */
export const LAST_MINOR = 37;

export const USERS = {
  pacoxu: {
    github: {
      id: 2010320,
      name: 'Paco Xu 徐俊杰',
      company: 'DaoCloud',
      blog: 'https://pacoxu.wordpress.com/',
      location: 'Shanghai, China',
      email: null,
      hireable: null,
      bio: 'Kubernetes Steering Committee; SIG Node and kubeadm maintainer.',
      twitter_username: 'xupaco',
      public_repos: 143,
      public_gists: 3,
      followers: 915,
      following: 77,
      created_at: '2012-07-24T02:54:32Z',
      updated_at: '2026-08-30T09:14:05Z',
    },
    // Merged PRs per org, and the oldest merged PR (GitHub search).
    merged: { kubernetes: 940, 'kubernetes-sigs': 196 },
    firstPr: {
      number: 60991,
      title: 'kubeadm: fix typo in the init help text',
      repo: 'kubernetes/kubernetes',
      created_at: '2018-03-06T08:12:40Z',
      merged_at: '2018-03-08T01:30:11Z',
    },
    devstats: {
      totals: {
        Contributions: 14523,
        PRs: 1320,
        'Merged PRs': 1136,
        Reviews: 6240,
        Approves: 1890,
        Issues: 412,
        Commits: 1502,
        Comments: 9870,
        'Issue comments': 7310,
        'Review comments': 2401,
        'Commit comments': 159,
        'GitHub Events': 31022,
        'GitHub pushes': 2210,
        'Active repositories': 64,
      },
      ranks: { Contributions: 38, PRs: 51, Reviews: 22, Approves: 19 },
      // Merged PRs per release cycle, by the tag it starts at: from v1.10.0 (index 0) to
      // v1.37.0 ("v1.37.0 - now"); index 28 is the v1.38.0 cycle, once a test tags v1.38.
      mergedFrom: 10,
      merged: [3, 6, 4, 9, 12, 15, 18, 22, 25, 31, 38, 44, 47, 52, 58, 61, 55, 63, 70, 66, 59, 72, 68, 64, 57, 60, 66, 41, 9],
    },
    contribcard: {
      id: 1010,
      contributions: { total: 2843, by_kind: { commit: 1502, issue: 212, pull_request: 1129 } },
      repositories: [
        'kubernetes/kubernetes', 'kubernetes/kubeadm', 'kubernetes/website', 'kubernetes/enhancements',
        'kubernetes/test-infra', 'kubernetes-sigs/kind', 'kubernetes/community', 'kubernetes/steering',
        'kubernetes/org', 'kubernetes/release', 'kubernetes/system-validators', 'kubernetes-sigs/cri-tools',
      ],
      years: [2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017],
      first_commit: null,
      // An issue opened before the first merged PR: the card shows the earliest.
      first_contribution: {
        kind: 'issue', owner: 'kubernetes', repository: 'kubeadm', sha: null, number: 541,
        title: 'kubeadm join fails behind a proxy', ts: 1510734600,
      },
    },
  },

  BenTheElder: {
    github: {
      id: 917931,
      name: 'Benjamin Elder',
      company: '@Google',
      blog: 'https://bentheelder.io',
      location: 'Sunnyvale, CA',
      email: null,
      hireable: null,
      bio: 'kind, sig-testing, steering',
      twitter_username: null,
      public_repos: 120,
      public_gists: 20,
      followers: 1700,
      following: 60,
      created_at: '2011-07-15T19:00:00Z',
      updated_at: '2026-09-01T12:00:00Z',
    },
    merged: { kubernetes: 1811, 'kubernetes-sigs': 1402 },
    firstPr: {
      number: 30452,
      title: 'Add a shell completion test',
      repo: 'kubernetes/kubernetes',
      created_at: '2016-08-11T20:10:00Z',
      merged_at: '2016-08-13T02:00:00Z',
    },
    devstats: {
      totals: {
        Contributions: 61040, PRs: 3480, 'Merged PRs': 3213, Reviews: 20100, Approves: 9800,
        Issues: 2100, Commits: 4100, Comments: 35110, 'Active repositories': 151,
      },
      // Commits co-authored (`Co-authored-by`), which DevStats files under `bentheelder`.
      coAuthoredCommits: 260,
      // Totals over `Last century` in other projects, which file every row under the lower-cased
      // login (cncf/devstats metrics/shared/project_developer_stats.sql:19, 49, 389, 452).
      // Illustrative figures: over and under Prometheus' listing thresholds (devstats.js).
      elsewhere: {
        prometheus: { Contributions: 412, 'Merged PRs': 57, PRs: 63, Issues: 20, Commits: 70, Comments: 150, 'Active repositories': 12 },
      },
      ranks: { Contributions: 3, PRs: 4, Reviews: 2, Approves: 2 },
      mergedFrom: 4,
      merged: [
        5, 20, 40, 61, 80, 95, 110, 102, 99, 120, 131, 118, 140, 128, 122, 119,
        115, 108, 111, 104, 99, 97, 92, 90, 88, 85, 83, 80, 79, 77, 41, 70, 66, 29,
      ],
    },
    contribcard: {
      id: 77,
      contributions: { total: 9730, by_kind: { commit: 4100, issue: 2100, pull_request: 3530 } },
      repositories: ['kubernetes/test-infra', 'kubernetes-sigs/kind', 'kubernetes/kubernetes'],
      years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
      first_commit: null,
      first_contribution: {
        kind: 'pull_request', owner: 'kubernetes', repository: 'kubernetes', sha: null, number: 30452,
        title: 'Add a shell completion test', ts: 1470946200,
      },
    },
  },

  neolit123: {
    github: {
      id: 7312469,
      name: 'Lubomir I. Ivanov',
      company: 'VMware',
      blog: '',
      location: 'Sofia, Bulgaria',
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 40,
      public_gists: 1,
      followers: 400,
      following: 5,
      created_at: '2014-04-17T10:00:00Z',
      updated_at: '2026-07-01T10:00:00Z',
    },
    merged: { kubernetes: 1290, 'kubernetes-sigs': 77 },
    firstPr: {
      number: 55040,
      title: 'kubeadm: print a warning if the kubelet is not running',
      repo: 'kubernetes/kubernetes',
      created_at: '2017-11-02T15:00:00Z',
      merged_at: '2017-11-05T09:00:00Z',
    },
    devstats: {
      totals: { Contributions: 30100, PRs: 1450, 'Merged PRs': 1367, Reviews: 9000, Approves: 3100, Issues: 900, Commits: 1700, Comments: 17000, 'Active repositories': 38 },
      ranks: { Contributions: 12 },
      mergedFrom: 9,
      // Quiet in the last releases: DevStats has no row there (400 "not found in results").
      merged: [4, 30, 61, 70, 75, 80, 66, 71, 64, 60, 55, 58, 49, 41, 38, 35, 30, 24, 18, 12, 9, 4, 2, 0, 0, 1, 0, 0, 1],
    },
  },

  // On GitHub, with no merged PR in the Kubernetes orgs and nothing in DevStats.
  'k8s-newcomer': {
    github: {
      id: 201000001,
      name: 'New Contributor',
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: 'Learning Kubernetes',
      twitter_username: null,
      public_repos: 2,
      public_gists: 0,
      followers: 1,
      following: 3,
      created_at: '2026-05-01T00:00:00Z',
      updated_at: '2026-05-02T00:00:00Z',
    },
    merged: {},
  },

  // A fictional persona one merged PR into the ladder: every DevStats figure is below
  // the All/All listing thresholds, so DevStats answers "not found in results" to all of them.
  'kube-newbie-2026': {
    github: {
      id: 201000002,
      name: 'Sam Rivera',
      company: null,
      blog: '',
      location: 'Lisbon',
      email: null,
      hireable: null,
      bio: 'Learning Kubernetes, one docs fix at a time',
      twitter_username: null,
      public_repos: 4,
      public_gists: 0,
      followers: 3,
      following: 12,
      created_at: '2025-11-03T00:00:00Z',
      updated_at: '2026-09-20T00:00:00Z',
    },
    merged: { kubernetes: 1 },
    firstPr: {
      number: 52817,
      title: 'Fix a typo in the kubectl debug task page',
      repo: 'kubernetes/website',
      created_at: '2026-09-16T14:05:00Z',
      merged_at: '2026-09-18T09:40:00Z',
    },
    devstats: {
      totals: {
        Contributions: 9, PRs: 1, 'Merged PRs': 1, Reviews: 0, Approves: 0, Issues: 1, Commits: 1, Comments: 6,
        'Active repositories': 1,
      },
      mergedFrom: 37,
      merged: [1],
    },
  },

  // A fictional persona whose one merged PR is in kubernetes-csi: DevStats counts it (its
  // Kubernetes project covers 17 orgs, cncf/devstats projects.yaml) but keeps no row under 2
  // merged PRs, and GitHub search, asked for kubernetes and kubernetes-sigs only, finds none.
  'csi-first-pr': {
    github: {
      id: 201000004,
      name: 'Ana Costa',
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 2,
      public_gists: 0,
      followers: 1,
      following: 4,
      created_at: '2025-02-10T00:00:00Z',
      updated_at: '2026-10-01T00:00:00Z',
    },
    merged: { 'kubernetes-csi': 1 },
    devstats: {
      totals: { Contributions: 4, PRs: 1, 'Merged PRs': 1, Reviews: 0, Approves: 0, Issues: 0, Commits: 1, Comments: 2, 'Active repositories': 1 },
      mergedFrom: 37,
      merged: [1],
    },
  },

  // A fictional persona who starred and forked Kubernetes repositories and contributed nothing:
  // DevStats' Active repositories counts every event (stars and forks too; cncf/devstats
  // metrics/kubernetes/project_developer_stats.sql:744-755, `active_repos`), so it lists 4 of them.
  'star-gazer': {
    github: {
      id: 201000005,
      name: 'Kim Stargazer',
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 1,
      created_at: '2024-04-01T00:00:00Z',
      updated_at: '2026-09-01T00:00:00Z',
    },
    merged: {},
    devstats: {
      totals: { Contributions: 0, PRs: 0, 'Merged PRs': 0, Reviews: 0, Approves: 0, Issues: 0, Commits: 0, Comments: 0, 'Active repositories': 4 },
      mergedFrom: 37,
      merged: [0],
    },
  },

  // A fictional persona whose profile is public but whom search refuses to list: GitHub
  // answers its 422 "cannot be searched" for users you may not view, not only unknown ones.
  'hidden-gopher': {
    github: {
      id: 201000003,
      name: 'Hidden Gopher',
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 9,
      public_gists: 0,
      followers: 20,
      following: 2,
      created_at: '2019-03-03T00:00:00Z',
      updated_at: '2026-06-01T00:00:00Z',
    },
    searchable: false,
    merged: { kubernetes: 40 },
    firstPr: {
      number: 77001,
      title: 'Improve an error message',
      repo: 'kubernetes/kubernetes',
      created_at: '2019-05-01T10:00:00Z',
      merged_at: '2019-05-03T10:00:00Z',
    },
    devstats: {
      totals: { Contributions: 820, PRs: 51, 'Merged PRs': 44, Reviews: 120, Approves: 10, Issues: 30, Commits: 60, Comments: 410, 'Active repositories': 7 },
      mergedFrom: 26,
      merged: [3, 4, 2, 5, 6, 3, 4, 2, 5, 3, 4, 3],
    },
  },

  // An organization: GET /users/kubernetes answers with `type: "Organization"`.
  kubernetes: {
    github: {
      id: 13629408,
      type: 'Organization',
      name: 'Kubernetes',
      company: null,
      blog: 'https://kubernetes.io',
      location: null,
      email: null,
      hireable: null,
      bio: 'Production-Grade Container Scheduling and Management',
      twitter_username: null,
      public_repos: 82,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2015-07-03T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    },
    merged: {},
  },

  // A GitHub App's bot account: its login ends in `[bot]` and `type` is `Bot`.
  'dependabot[bot]': {
    github: {
      id: 49699333,
      type: 'Bot',
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2019-04-16T22:34:25Z',
      updated_at: '2019-04-16T22:34:25Z',
      avatar_url: 'https://avatars.githubusercontent.com/in/29110?v=4',
      html_url: 'https://github.com/apps/dependabot',
    },
    merged: {},
  },

  // Every text field is user-controlled on GitHub: this one is hostile.
  'evil-markup': {
    github: {
      id: 66600666,
      name: '<img src=x onerror="alert(1)">\u202Eevil',
      company: '<script>alert(2)</script>',
      blog: 'javascript:alert(3)',
      location: '"><svg onload=alert(4)>',
      email: null,
      hireable: null,
      bio: 'x'.repeat(500),
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      // Served as is, to prove links are checked after mapping.
      html_url: 'javascript:alert(5)',
      avatar_url: 'javascript:alert(6)',
    },
    merged: { kubernetes: 1 },
    firstPr: {
      number: 1,
      title: '<b>bold</b>\u202E title',
      repo: 'kubernetes/kubernetes',
      created_at: '2020-02-02T00:00:00Z',
      merged_at: '2020-02-03T00:00:00Z',
    },
  },
};

/** Case-insensitive lookup, as GitHub does. */
// k8s-newcomer again, with a login DevStats' bot filter does not match (k8s-newcomer's `k8s-%`
// does: util_sql/exclude_bots.sql), so DevStats' silence is its thresholds'.
USERS['quiet-newcomer'] = { ...USERS['k8s-newcomer'], github: { ...USERS['k8s-newcomer'].github, id: 201000004 } };

export function findUser(login) {
  const want = String(login).toLowerCase();
  const name = Object.keys(USERS).find((k) => k.toLowerCase() === want);
  return name ? { login: name, ...USERS[name] } : undefined;
}

/** Exact lookup, as DevStats and ContribCard file names do. */
export function findUserExact(login) {
  return Object.hasOwn(USERS, login) ? { login, ...USERS[login] } : undefined;
}

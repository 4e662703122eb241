/**
 * Logins DevStats leaves out of every developer figure: its bot filter,
 * `{{exclude_bots}}`, which each metric applies to the lower-cased login
 * (`lower(actor_login) {{exclude_bots}}`, cncf/devstats
 * metrics/shared/project_developer_stats.sql:43). Such a login has no row in
 * any range, whatever its activity, so DevStats' "not found in results"
 * would read as "under the threshold": false for `k8s-ci-robot`, and for a
 * person whose login happens to match (`k8s-…`, `…-ci`, `gprasath`).
 *
 * The patterns are those of cncf/devstats util_sql/exclude_bots.sql
 * (`not like all(array[…])`, at commit 194c6ce2), as SQL `LIKE` patterns:
 * `%` any run of characters, `_` one character; `[` is literal in
 * PostgreSQL's LIKE. Check that file when DevStats changes its list.
 */
export const EXCLUDE_BOTS: readonly string[] = [
  'copilot', 'claude', 'codex', 'openebs-pro-sa', 'stateful-wombot', 'fermybot', 'opentofu-provider-sync-service-account', 'flatcar-infra',
  'atlantisbot', 'megaeasex', 'kuasar-io-dev', 'startxfr', 'opentelemetrybot', 'invalid-email-address', 'fluxcdbot', 'claassistant',
  'containersshbuilder', 'wasmcloud-automation', 'fossabot', 'facebook-github-whois-bot-0', 'knative-automation', 'covbot', 'cdk8s-automation',
  'github-action-benchmark', 'goreleaserbot', 'imgbotapp', 'backstage-service', 'openssl-machine', 'sizebot', 'dependabot', 'cncf-ci', 'poiana',
  'svcbot-qecnsdp', 'nsmbot', 'ti-srebot', 'cf-buildpacks-eng', 'bosh-ci-push-pull', 'gprasath', 'zephyr-github', 'zephyrbot', 'strimzi-ci',
  'athenabot', 'k8s-reviewable', 'codecov-io', 'grpc-testing', 'k8s-teamcity-mesosphere', 'angular-builds', 'devstats-sync', 'googlebot',
  'hibernate-ci', 'coveralls', 'rktbot', 'coreosbot', 'web-flow', 'prometheus-roobot', 'cncf-bot', 'kernelprbot', 'istio-testing', 'spinnakerbot',
  'pikbot', 'spinnaker-release', 'golangcibot', 'opencontrail-ci-admin', 'titanium-octobot', 'asfgit', 'appveyorbot', 'cadvisorjenkinsbot',
  'gitcoinbot', 'katacontainersbot', 'prombot', 'prowbot', 'travis%bot', 'k8s-%', '%-bot', '%-robot', 'bot-%', 'robot-%', '%[bot]%', '%[robot]%',
  '%-jenkins', 'jenkins-%', '%-ci%bot', '%-testing', 'codecov-%', '%clabot%', '%cla-bot%', '%-gerrit', '%-bot-%', '%envoy-filter-example%',
  '%cibot', '%-ci',
];

/** A SQL `LIKE` pattern as an anchored regular expression. */
export function likeToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}

let excluded: RegExp[] | undefined;

/** True when DevStats' bot filter leaves `login` out of every figure. */
export function devstatsExcludes(login: string): boolean {
  excluded ??= EXCLUDE_BOTS.map(likeToRegExp);
  const lower = login.toLowerCase();
  return excluded.some((re) => re.test(lower));
}

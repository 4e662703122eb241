/**
 * Brazilian Portuguese messages: a chunk of their own, loaded by cards under
 * `lang="pt…"` (every Portuguese). Role names follow the pt-br Kubernetes docs,
 * whose glossary keeps "release" untranslated; Steering Committee stays in
 * English. `many` is the exact-million form ("1.000.000 de …").
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'pt-BR';
const n = (v: number) => formatExact(v, locale);
/** "1 contribuição" / "12 contribuições": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# contribuição', many: '# de contribuições', other: '# contribuições' };
const MERGED_PRS: PluralForms = { one: '# PR incorporado', many: '# de PRs incorporados', other: '# PRs incorporados' };

export const ptBR: Messages = {
  locale,
  totals: {
    contributions: 'Contribuições',
    prsMerged: 'PRs incorporados',
    prsOpened: 'PRs abertos',
    reviews: 'Revisões',
    approvals: 'Aprovações',
    issues: 'Issues',
    commits: 'Commits',
    comments: 'Comentários',
    repositories: 'Repositórios ativos',
  },
  roles: {
    'steering-member': 'Membro do Steering Committee',
    'steering-liaison': 'Representante de ligação do Steering Committee',
    chair: 'Presidente',
    'tech-lead': 'Líder técnico',
    lead: 'Líder',
    'subproject-lead': 'Líder de subprojeto',
    maintainer: 'Mantenedor',
    approver: 'Aprovador',
    reviewer: 'Revisor',
    member: 'Membro da organização',
    'governing-board': 'Representante no Governing Board da CNCF',
    emeritus: 'Emérito',
    other: 'Função',
  },
  tiers: { bronze: 'Bronze', silver: 'Prata', gold: 'Ouro', platinum: 'Platina' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Participa ou participou do Steering Committee do Kubernetes' },
    leadership: {
      name: 'Liderança',
      explain: (v) =>
        `${count(v, { one: 'Ocupa # função de liderança', many: 'Ocupa # de funções de liderança', other: 'Ocupa # funções de liderança' })}: presidente, líder técnico, líder de subprojeto ou representante de ligação do Steering Committee`,
    },
    ladder: {
      name: 'Escada',
      explain: (v) => `${['Membro da organização', 'Revisor', 'Aprovador', 'Líder de subprojeto, mantenedor ou acima'][v - 1] ?? ''} na escada de colaboradores do Kubernetes`,
    },
    'merged-prs': {
      name: 'Merges',
      explain: (v, t) => `${count(v, { one: '# pull request incorporado', many: '# de pull requests incorporados', other: '# pull requests incorporados' })} (este nível a partir de ${n(t)})`,
    },
    contributions: { name: 'Colaborador', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (este nível a partir de ${n(t)})` },
    reviews: { name: 'Revisor', explain: (v, t) => `${count(v, { one: '# revisão', many: '# de revisões', other: '# revisões' })} (este nível a partir de ${n(t)})` },
    veteran: {
      name: 'Veterano',
      explain: (v, t) => `${count(v, { one: 'Contribui há # ano', many: 'Contribui há # de anos', other: 'Contribui há # anos' })} (este nível a partir de ${n(t)})`,
    },
    'first-pr': { name: 'Primeiro PR', explain: () => 'Tem um pull request incorporado no Kubernetes' },
  },
  profileLink: (l) => `@${l} no GitHub`,
  noContributions: (l, p) => (p ? `@${l} ainda não tem contribuições para “${p}”.` : `@${l} ainda não tem contribuições para o Kubernetes.`),
  belowListing: (l, t) => `@${l}: menos de ${count(t, CONTRIBUTIONS)} no CNCF DevStats até agora. Todo mundo começa aqui.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `menos de ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'as 17 organizações do Kubernetes no GitHub, segundo o CNCF DevStats' : `projeto “${p}” do CNCF DevStats`),
  scopeGithub: (orgs) => `somente em ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (pesquisa do GitHub)`,
  scopeContribcard: 'segundo o CNCF ContribCard',
  figuresScope: (s) => `Números: ${s}.`,
  firstMergedPr: 'Primeiro PR incorporado',
  firstContribution: 'Primeira contribuição',
  ongoing: (p) => `${p} (em andamento)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: menos de ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: indisponível`,
  activityBelow: (t, periods) =>
    `Menos de ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'no último ciclo de release'
        : count(periods, { one: 'em cada um dos últimos # ciclos de release', many: 'em cada um dos últimos # de ciclos de release', other: 'em cada um dos últimos # ciclos de release' })
    }.`,
  rolesHeading: 'Funções',
  colon: ': ',
  badgesHeading: 'Selos',
  totalsHeading: 'Contribuições',
  activityHeading: 'PRs incorporados',
  yearsActive: (y, since) => `${count(y, { one: '# ano de atividade', many: '# de anos de atividade', other: '# anos de atividade' })}, desde ${since}`,
  asOf: (d, r) => `Dados de ${d} (${r})`,
  sources: 'Fontes',
  termEnds: (m) => `mandato até ${m}`,
  termEnded: (m) => `mandato encerrado em ${m}`,
  subproject: (s) => `subprojeto ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'por mês', release: 'por release' },
  sparklineSummary: (s) =>
    `PRs incorporados ${s.unit}: ${s.atLeast ? 'pelo menos ' : ''}${n(s.total)} no total em ${count(s.periods, { one: '# período', many: '# de períodos', other: '# períodos' })}, de ${s.from} a ${s.to}, pico de ${n(s.peak)} em ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Arquivos da comunidade Kubernetes', contribcard: 'ContribCard', file: 'Arquivo de dados do cartão' },
  contributionsToRepos: (c, r) => `${count(c, CONTRIBUTIONS)}, atividade em ${count(r, { one: '# repositório', many: '# de repositórios', other: '# repositórios' })}`,
  loading: 'Carregando o cartão de colaborador…',
  noUser: 'Nenhum colaborador: defina user ou src.',
  unavailable: 'Não foi possível carregar o cartão. Recarregue a página para tentar de novo.',

};

export default ptBR;

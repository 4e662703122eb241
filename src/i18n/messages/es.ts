/**
 * Spanish messages: a chunk of their own, loaded only by cards under `lang="es…"`.
 * Role names follow the Spanish Kubernetes docs; Steering Committee stays in
 * English. `many` is the exact-million form ("1.000.000 de …").
 */
import { formatExact } from '../format.js';
import type { Messages } from '../messages.js';
import { plural, type PluralForms } from '../plural.js';

const locale = 'es';
const n = (v: number) => formatExact(v, locale);
/** "1 contribución" / "12 contribuciones": `forms` hold `#` where the number goes. */
const count = (v: number, forms: PluralForms) => plural(locale, v, forms).replace('#', n(v));

const CONTRIBUTIONS: PluralForms = { one: '# contribución', many: '# de contribuciones', other: '# contribuciones' };
const MERGED_PRS: PluralForms = { one: '# PR fusionado', many: '# de PR fusionados', other: '# PR fusionados' };

export const es: Messages = {
  locale,
  totals: {
    contributions: 'Contribuciones',
    prsMerged: 'PR fusionados',
    prsOpened: 'PR abiertos',
    reviews: 'Revisiones',
    approvals: 'Aprobaciones',
    issues: 'Issues',
    commits: 'Commits',
    comments: 'Comentarios',
    repositories: 'Repositorios activos',
  },
  roles: {
    'steering-member': 'Miembro del Steering Committee',
    'steering-liaison': 'Enlace del Steering Committee',
    chair: 'Presidencia',
    'tech-lead': 'Líder técnico',
    lead: 'Líder',
    'subproject-lead': 'Líder de subproyecto',
    maintainer: 'Mantenedor',
    approver: 'Aprobador',
    reviewer: 'Revisor',
    member: 'Miembro de la organización',
    'governing-board': 'Representante en el Governing Board de la CNCF',
    emeritus: 'Emérito',
    other: 'Rol',
  },
  tiers: { bronze: 'Bronce', silver: 'Plata', gold: 'Oro', platinum: 'Platino' },
  badges: {
    steering: { name: 'Steering', explain: () => 'Forma o formó parte del Steering Committee de Kubernetes' },
    leadership: {
      name: 'Liderazgo',
      explain: (v) =>
        `${count(v, { one: 'Ocupa # rol de liderazgo', many: 'Ocupa # de roles de liderazgo', other: 'Ocupa # roles de liderazgo' })}: presidencia, líder técnico, líder de subproyecto o enlace del Steering Committee`,
    },
    ladder: {
      name: 'Escalera',
      explain: (v) =>
        `${['Miembro de la organización', 'Revisor', 'Aprobador', 'Líder de subproyecto, mantenedor o superior'][v - 1] ?? ''} en la escalera de contribuidores de Kubernetes`,
    },
    'merged-prs': {
      name: 'Fusiones',
      explain: (v, t) =>
        `${count(v, { one: '# solicitud de cambios fusionada', many: '# de solicitudes de cambios fusionadas', other: '# solicitudes de cambios fusionadas' })} (este nivel desde ${n(t)})`,
    },
    contributions: { name: 'Contribuidor', explain: (v, t) => `${count(v, CONTRIBUTIONS)} (este nivel desde ${n(t)})` },
    reviews: { name: 'Revisor', explain: (v, t) => `${count(v, { one: '# revisión', many: '# de revisiones', other: '# revisiones' })} (este nivel desde ${n(t)})` },
    veteran: {
      name: 'Veterano',
      explain: (v, t) => `${count(v, { one: 'Contribuye desde hace # año', many: 'Contribuye desde hace # de años', other: 'Contribuye desde hace # años' })} (este nivel desde ${n(t)})`,
    },
    'first-pr': { name: 'Primer PR', explain: () => 'Tiene una solicitud de cambios fusionada en Kubernetes' },
  },
  profileLink: (l) => `@${l} en GitHub`,
  noContributions: (l, p) => (p ? `@${l} aún no tiene contribuciones a «${p}».` : `@${l} aún no tiene contribuciones a Kubernetes.`),
  belowListing: (l, t) => `@${l}: menos de ${count(t, CONTRIBUTIONS)} en CNCF DevStats por ahora. Todo el mundo empieza aquí.`,
  belowShort: (t) => `<${n(t)}`,
  fewerThan: (t) => `menos de ${n(t)}`,
  scopeDevstats: (p) => (p === 'kubernetes' ? 'las 17 organizaciones de GitHub de Kubernetes, según CNCF DevStats' : `proyecto «${p}» de CNCF DevStats`),
  scopeGithub: (orgs) => `solo en ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(orgs)} (búsqueda de GitHub)`,
  scopeContribcard: 'según CNCF ContribCard',
  figuresScope: (s) => `Cifras: ${s}.`,
  firstMergedPr: 'Primer PR fusionado',
  firstContribution: 'Primera contribución',
  ongoing: (p) => `${p} (en curso)`,
  pointLabel: (p, c) => `${p}: ${count(c, MERGED_PRS)}`,
  pointBelow: (p, t) => `${p}: menos de ${count(t, MERGED_PRS)}`,
  pointMissing: (p) => `${p}: no disponible`,
  activityBelow: (t, periods) =>
    `Menos de ${count(t, MERGED_PRS)} ${
      periods === 1
        ? 'en el último ciclo de lanzamiento'
        : count(periods, { one: 'en cada uno de los últimos # ciclos de lanzamiento', many: 'en cada uno de los últimos # de ciclos de lanzamiento', other: 'en cada uno de los últimos # ciclos de lanzamiento' })
    }.`,
  rolesHeading: 'Roles',
  colon: ': ',
  badgesHeading: 'Insignias',
  totalsHeading: 'Contribuciones',
  activityHeading: 'PR fusionados',
  yearsActive: (y, since) => `${count(y, { one: '# año de actividad', many: '# de años de actividad', other: '# años de actividad' })}, desde ${since}`,
  asOf: (d, r) => `Datos del ${d} (${r})`,
  sources: 'Fuentes',
  termEnds: (m) => `mandato hasta ${m}`,
  termEnded: (m) => `mandato terminado en ${m}`,
  subproject: (s) => `subproyecto ${s}`,
  steeringCommittee: 'Steering Committee',
  activityUnit: { month: 'por mes', release: 'por lanzamiento' },
  sparklineSummary: (s) =>
    `PR fusionados ${s.unit}: ${s.atLeast ? 'al menos ' : ''}${n(s.total)} en total en ${count(s.periods, { one: '# periodo', many: '# de periodos', other: '# periodos' })}, de ${s.from} a ${s.to}; máximo de ${n(s.peak)} en ${s.peakPeriod}.`,
  sourceNames: { github: 'GitHub', devstats: 'CNCF DevStats', community: 'Archivos de la comunidad de Kubernetes', contribcard: 'ContribCard', file: 'Archivo de datos de la tarjeta' },
  contributionsToRepos: (c, r) => `${count(c, CONTRIBUTIONS)}, actividad en ${count(r, { one: '# repositorio', many: '# de repositorios', other: '# repositorios' })}`,
  loading: 'Cargando la tarjeta de contribuidor…',
  noUser: 'Sin contribuidor: define user o src.',
  unavailable: 'No se pudo cargar la tarjeta. Recarga la página para intentarlo de nuevo.',

};

export default es;

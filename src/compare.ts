/** Orders strings by UTF-16 code unit, the same everywhere. `localeCompare` without a fixed locale
 * follows LC_ALL / LANG (in Czech "ch" sorts after "h", in Welsh "ll" after "lz"), so a sort that
 * decides output must never use it: the same files would get other verdicts on another machine. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

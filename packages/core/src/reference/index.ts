import province from "./bengkulu.json";

/**
 * The lists a deployment is configured with: the province's regencies, business sectors, course
 * categories and levels. Another province runs Berdaya by replacing the JSON file, not the code.
 */
export const regencies: readonly string[] = province.regencies;
export const sectors: readonly string[] = province.sectors;
export const categories: readonly string[] = province.categories;
export const levels: readonly string[] = province.levels;
export const association = province.association;

/** The ElectroDB service name every entity shares: part of every key, so it never changes. */
export const service = "berdaya";

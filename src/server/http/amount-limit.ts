/** 10^13 đồng: far above any commune's fund, below 2^53. (Its own file: the statement worker needs no zod.) */
export const MAX_AMOUNT = 10_000_000_000_000;

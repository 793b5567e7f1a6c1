// A module without an extract function: the pool must refuse to start with it.
export const notExtract = 1;

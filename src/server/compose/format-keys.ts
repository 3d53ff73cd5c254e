// The composer's format keys, through its public face.
export { FORMAT_KEYS } from '#compose';

// The composer's format keys. Read from its types module rather than '#compose' so the server
// can start (and its non-compose routes work) while the composer's index is still incomplete.
export { FORMAT_KEYS } from '../../compose/types.ts';

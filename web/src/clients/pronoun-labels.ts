// How a client's pronouns are shown on the Clients page.
export const PRONOUNS = { she: 'she / her', he: 'he / him', they: 'they / them' } as const;

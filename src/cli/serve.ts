// Placeholder until the server lands: says so plainly instead of pretending to serve.
export async function runServe(_args: string[]): Promise<void> {
  throw new Error('serve is not available in this build');
}

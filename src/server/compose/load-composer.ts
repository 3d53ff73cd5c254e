// The composer is loaded on first use: start-up stays quick, and the rest of the server keeps
// working even if the composer module cannot load.
import type { ComposeInput, Document } from '#compose';

type ComposeNote = (input: ComposeInput) => Document;
let loading: Promise<ComposeNote> | undefined;

export function loadComposer(): Promise<ComposeNote> {
  loading ??= import('#compose').then((m) => m.composeNote as ComposeNote);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

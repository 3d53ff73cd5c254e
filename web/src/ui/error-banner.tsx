import type { ReactNode } from 'react';

export function ErrorBanner({ message }: { message: string | null | undefined }): ReactNode {
  if (!message) return null;
  return (
    <div className="banner banner--error" role="alert">
      {message}
    </div>
  );
}

// The server renders the enrolment QR code as SVG (no data: URL, which the CSP forbids).
// Only a plain <svg> without scripts, event handlers or external references is shown.
import type { ReactNode } from 'react';

function isSafeSvg(svg: string): boolean {
  const s = svg.trim();
  return s.startsWith('<svg') && s.endsWith('</svg>') && !/<script|\son\w+\s*=|href\s*=|<foreignObject|url\(/i.test(s);
}

export function QrSvg({ svg }: { svg: string }): ReactNode {
  if (!isSafeSvg(svg)) return <p className="muted small">The QR code could not be shown; enter the key by hand.</p>;
  return (
    <div
      className="qr"
      role="img"
      aria-label="QR code for your authenticator app"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-made SVG, checked by isSafeSvg above
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

import { useState } from 'react';

/** One role's link, with a button that copies it. */
export function CopyLink({ role, href, help }: { role: string; href: string; help: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(href);
    } catch {
      // Plain-http pages on a LAN have no clipboard API: fall back to selecting the text.
      const field = document.getElementById(`link-${role}`) as HTMLInputElement | null;
      field?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <div className="copy-link">
      <label htmlFor={`link-${role}`}>
        <strong className="role-name">{role}</strong> <span className="muted">{help}</span>
      </label>
      <div className="row">
        <input id={`link-${role}`} readOnly value={href} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={copy} aria-label={`Copy the ${role} link`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

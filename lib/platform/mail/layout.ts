const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!);
}

export interface MailBody {
  /** Paragraphs of plain text; escaped for HTML here. */
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** Plain text and a simple, accessible HTML version of the same content. */
export function renderMail(body: MailBody, locale: string): { text: string; html: string } {
  const text = [...body.paragraphs, ...(body.action ? [`${body.action.label}:\n${body.action.url}`] : []), '—', body.footer].join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,Arial,sans-serif;color:#1c1917;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
${body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${body.action ? `<p><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#1e3a8a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(body.action.label)}</a></p><p style="font-size:13px;color:#57534e">${escapeHtml(body.action.url)}</p>` : ''}
<hr style="border:none;border-top:1px solid #e7e5e4"><p style="font-size:13px;color:#57534e">${escapeHtml(body.footer)}</p>
</body></html>`;
  return { text, html };
}

import PDFDocument from 'pdfkit';
import type { ZReport } from './report-data.ts';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

/**
 * The Z report as an A4 PDF: the same figures as the JSON, laid out as rows of label and amount.
 * Standard PDF fonts only: nothing to install, and the file stays a few kilobytes.
 */
export function zReportPdf(z: ZReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Z report - ${z.shop.name} - ${z.session.name}`, Author: 'Till', Subject: 'Z report' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = 50;
  const right = doc.page.width - 50;
  const width = right - left;
  const row = (label: string, value: string, bold = false) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, left, y, { width: width * 0.55 });
    const after = doc.y;
    doc.text(value, left + width * 0.55, y, { width: width * 0.45, align: 'right' });
    doc.y = Math.max(after, doc.y) + 2;
  };
  const heading = (title: string) => {
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(12).text(title, left, doc.y);
    doc
      .moveTo(left, doc.y + 1)
      .lineTo(right, doc.y + 1)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.5);
  };
  const cur = ` ${z.currency}`;

  doc.font('Helvetica-Bold').fontSize(18).text('Z report', left, 50);
  doc.font('Helvetica').fontSize(12).text(z.shop.name);
  doc.fontSize(10).text(`${z.session.name}${z.session.rescue ? ' (rescue session)' : ''}`);
  doc.moveDown(0.5);
  row('Opened', `${when(z.period.from)}${z.session.opened_by_name ? ` by ${z.session.opened_by_name}` : ''}`);
  row(
    'Closed',
    z.period.to
      ? `${when(z.period.to)}${z.session.closed_by_name ? ` by ${z.session.closed_by_name}` : ''}`
      : 'still open',
  );
  row('State', z.session.state);

  heading('Orders');
  row('Orders', String(z.orders.count));
  row('Total', z.orders.total + cur, true);
  row(`Refunds (${z.refunds.count})`, z.refunds.total + cur);
  row(`Line discounts (${z.discounts.line_count} lines)`, z.discounts.line_amount + cur);
  row(`Order discounts (${z.discounts.global_count})`, z.discounts.global_amount + cur);

  heading('Sales by tax');
  if (z.sales_by_tax.length === 0) row('No taxed sales', '');
  for (const t of z.sales_by_tax) row(`${t.name}: base ${t.base}${cur}`, t.amount + cur);

  heading('Payments');
  for (const p of z.payments) row(`${p.name} (${p.count})`, p.amount + cur);

  heading('Cash control');
  for (const c of z.cash_control) {
    if (c.cash) {
      row(`${c.name}: opening`, c.cash.opening + cur);
      row(`${c.name}: payments`, c.cash.payments + cur);
      row(`${c.name}: cash in`, c.cash.cash_in + cur);
      row(`${c.name}: cash out`, c.cash.cash_out + cur);
    }
    row(`${c.name}: expected`, c.expected + cur, true);
    row(`${c.name}: counted`, c.counted === null ? 'not counted' : c.counted + cur);
  }
  for (const m of z.cash_moves) row(`Cash ${m.type}: ${m.reason}`, m.amount + cur);

  heading('Differences');
  if (z.differences.length === 0) row(z.session.state === 'closed' ? 'None' : 'Not closed yet', '');
  for (const d of z.differences) row(d.name, d.difference + cur, true);
  if (z.closing_notes) {
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(9).text(`Notes: ${z.closing_notes}`, left, doc.y, { width });
  }
  doc.end();
  return done;
}

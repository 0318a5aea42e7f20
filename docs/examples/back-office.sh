#!/usr/bin/env bash
# The back office's API after a day at the Boutique (run docs/examples/whole-day.sh first): the
# dashboard, the sessions list, a session's page and Z report, reviewing a flagged order, the sales
# and stock reports.   TILL=http://127.0.0.1:8069 TOKEN=… bash docs/examples/back-office.sh
set -euo pipefail
TILL=${TILL:-http://127.0.0.1:8069}
auth=(-H "authorization: Bearer $TOKEN")
json=(-H 'content-type: application/json')
say() { printf '\n$ %s\n' "$1"; }

say "the next morning: the Boutique's session is opened again"
curl -s "${auth[@]}" "${json[@]}" -d '{"opening_cash":"140.00"}' "$TILL/api/shops/1/sessions" | jq -c '.session | {id, name, state}'

say "the dashboard: a card per shop (polled every 10 s)"
curl -s "${auth[@]}" "$TILL/api/dashboard" | jq -c '.shops[]'

say "sessions of all my shops: the rescue sessions"
curl -s "${auth[@]}" "$TILL/api/sessions?rescue=true" |
  jq -c '{total, items: [.items[] | {id, name, shop_name, state, rescue_for_session_id, opened_by_name}]}'

say "session 1's page: orders, payments, expected vs counted, the journal entry, the stock moves"
curl -s "${auth[@]}" "$TILL/api/sessions/1/report" | jq -c '{session: (.session | {name, state, closed_by_name, closing_notes}),
  orders_count, orders_total, payments: [.payments[] | {name, count, amount}], cash_moves: [.cash_moves[] | {type, amount, reason}],
  control: [.control[] | {name, expected, counted, difference}],
  journal: [.journal_entry.lines[] | [.account_code, .account_name, .label, .debit, .credit]],
  stock_moves: [.stock_moves[] | [.product_name, .quantity, .from, .to]]}' | jq -c 'to_entries[] | {(.key): .value}'

say "its Z report as JSON, and as a PDF"
curl -s "${auth[@]}" "$TILL/api/sessions/1/z-report" | jq -c '{period, orders, sales_by_tax, differences, refunds, discounts}'
curl -s "${auth[@]}" -o /tmp/z-report-1.pdf -w '%{http_code} %{content_type} %{size_download} bytes\n' \
  "$TILL/api/sessions/1/z-report.pdf"
head -c 8 /tmp/z-report-1.pdf && echo

say "orders still to review"
curl -s "${auth[@]}" "$TILL/api/orders?review_state=to_review" |
  jq -c '{total, items: [.items[] | {id, receipt_number, total_due, review_state}]}'
ID=$(curl -s "${auth[@]}" "$TILL/api/orders?review_state=to_review&receipt=00001-002-0001" | jq '.items[0].id')

say "correcting it is refused: its session is closed"
curl -s "${auth[@]}" "${json[@]}" -d '{"decision":"correct","reason":"wrong customer","corrections":{"customer_id":null}}' \
  "$TILL/api/orders/$ID/review" | jq -c

say "accept it as sold, with the reason: the flags stay, it no longer waits for review"
curl -s "${auth[@]}" "${json[@]}" -d '{"decision":"accept","reason":"Old price label at the till; 12.00 was paid"}' \
  "$TILL/api/orders/$ID/review" | jq -c '{id, review_state, flags: [.flags[].code], review}'

say "sales by day, all shops"
curl -s "${auth[@]}" "$TILL/api/reports/sales?group_by=day" | jq -c

say "sales by payment method"
curl -s "${auth[@]}" "$TILL/api/reports/sales?group_by=payment_method" | jq -c '.rows[]'

say "sales by product, as CSV"
curl -s "${auth[@]}" "$TILL/api/reports/sales?group_by=product&format=csv"

say "stock on hand, first 3"
curl -s "${auth[@]}" "$TILL/api/reports/stock?limit=3" | jq -c

say "a cashier has no reports"
curl -s -o /dev/null -w '%{http_code}\n' -H "authorization: Bearer ${CASHIER_TOKEN:-none}" "$TILL/api/reports/sales"

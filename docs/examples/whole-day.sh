#!/usr/bin/env bash
# A whole day at the Boutique with curl: open the session, sell from two devices, a retry that
# changes nothing, a cash move, close with a counted difference, then a late order that goes to a
# rescue session, which is closed from the sessions list. Run against `npm start`'s demo shop:
#   TILL=http://127.0.0.1:8069 TOKEN=… bash docs/examples/whole-day.sh
set -euo pipefail
TILL=${TILL:-http://127.0.0.1:8069}
auth=(-H "authorization: Bearer $TOKEN" -H 'content-type: application/json')
say() { printf '\n$ %s\n' "$1"; }

say "open the Boutique's session with 150.00 in the drawer"
opened=$(curl -s "${auth[@]}" -d '{"opening_cash":"150.00"}' "$TILL/api/shops/1/sessions")
echo "$opened" | jq -c '{login_number, session: (.session | {id, name, state, opening_cash})}'
SESSION=$(echo "$opened" | jq .session.id)

say "a second device joins (continue selling): it gets login number 2"
curl -s "${auth[@]}" -d '{}' "$TILL/api/sessions/$SESSION/join" | jq -c '{login_number, session: .session.name}'

order() { # uid login seq qty method amount — baguettes at 1.20, VAT 5.5 % included
  local total excl tax
  total=$(printf '%.2f' "$(echo "$4 * 1.20" | bc)")
  excl=$(printf '%.2f' "$(echo "scale=6; $total / 1.055" | bc)")
  tax=$(printf '%.2f' "$(echo "$total - $excl" | bc)")
  jq -n --arg uid "$1" --argjson s "$SESSION" --argjson l "$2" --argjson q "$3" --arg qty "$4" --argjson m "$5" \
    --arg paid "$6" --arg total "$total" --arg excl "$excl" --arg tax "$tax" '{
    uid: $uid, session_id: $s, login_number: $l, sequence: $q,
    receipt_number: ("Order " + ($s|tostring|("00000"+.)[-5:]) + "-" + ($l|tostring|("000"+.)[-3:]) + "-" + ($q|tostring|("0000"+.)[-4:])),
    state: "paid", sold_at: "2026-11-22T09:30:00+01:00", employee_id: 2, customer_id: null,
    pricelist_id: null, fiscal_position_id: null, global_discount: "0", note: "",
    lines: [{uid: ($uid + "-1"), product_id: 1, qty: $qty, price_unit: "1.20", discount: "0", tax_ids: [3],
             price_manually_set: false, customer_note: "", lots: [], refunded_line_uid: null}],
    payments: [{method_id: $m, amount: $paid}],
    totals: {total_excluded: $excl, total_tax: $tax, total_included: $total, total_due: $total,
             paid: $paid, change: (($paid|tonumber) - ($total|tonumber) | . * 100 | round / 100 | tostring)}}'
}
batch() { jq -s '{protocol: 1, shop_id: 1, orders: .}'; }

say "device 1 sends two paid orders (3 baguettes in cash, paid 5.00; 2 by card)"
{ order day-0001-a 1 1 3 1 5.00; order day-0001-b 1 2 2 2 2.40; } | batch > /tmp/batch1.json
curl -s "${auth[@]}" -d @/tmp/batch1.json "$TILL/api/orders/sync" | jq -c '.results[]'

say "the answer was lost: device 1 sends the same batch again; nothing is created twice"
curl -s "${auth[@]}" -d @/tmp/batch1.json "$TILL/api/orders/sync" | jq -c '.results[]'

say "device 2 sells 10 baguettes; its till showed a wrong total (11.00): stored, flagged for review"
order day-0002-a 2 1 10 1 12.00 | jq '.totals.total_included = "11.00" | .totals.total_due = "11.00"' | batch |
  curl -s "${auth[@]}" -d @- "$TILL/api/orders/sync" | jq -c '.results[]'

say "cash out: 20.00 for the window cleaner"
curl -s "${auth[@]}" -d '{"type":"out","amount":"20.00","reason":"window cleaner"}' "$TILL/api/sessions/$SESSION/cash-moves"

say "the closing screen: expected cash = 150.00 + 3.60 + 12.00 − 20.00"
curl -s "${auth[@]}" "$TILL/api/sessions/$SESSION/closing" | jq -c '{orders_count, orders_total, methods: [.methods[] | {name, expected}]}'

say "close, counting 140.00 in the drawer (a 5.60 difference, over the shop's 5.00: must be confirmed)"
curl -s "${auth[@]}" -d '{"counted":{"1":"140.00","2":"2.40"},"notes":"7 x 20.00"}' "$TILL/api/sessions/$SESSION/close" | jq -c
curl -s "${auth[@]}" -d '{"counted":{"1":"140.00","2":"2.40"},"notes":"7 x 20.00","confirm_difference":true}' "$TILL/api/sessions/$SESSION/close" | jq -c

say "a till that was offline sends an order for the closed session: it goes to a rescue session"
late=$(order day-0003-a 3 1 1 1 1.20 | batch | curl -s "${auth[@]}" -d @- "$TILL/api/orders/sync")
echo "$late" | jq -c '.results[]'
RESCUE=$(echo "$late" | jq '.results[0].session_id')

say "the sessions list shows it, marked as rescue; it is closed like any other and posts its entry"
curl -s "${auth[@]}" "$TILL/api/shops/1/sessions" | jq -c '.[] | {id, name, state, rescue}'
curl -s "${auth[@]}" -d '{"counted":{}}' "$TILL/api/sessions/$RESCUE/close" | jq -c

say "find an order by its receipt number"
curl -s "${auth[@]}" "$TILL/api/orders?receipt=001-0002" | jq -c '.items[] | {receipt_number, total_included, state}'

"""Keys, the hub key, the trust list and this machine's clock: `xaso keys`,
`xaso hub-key`, `xaso trust`, `xaso clock`. A thin shell over desktop.sync."""

import sys
from pathlib import Path


def _t(ctx, vi: str, en: str) -> str:
    return en if ctx.lang == "en" else vi


def register(sub, parent) -> None:
    """Add the key, trust and clock command groups to the `xaso` parser."""
    keys = sub.add_parser("keys", parents=[parent], help="khóa của máy này / device keys"
                          ).add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys.add_parser("show", parents=[parent], help="mã máy và vân tay khóa / device id and "
                    "fingerprints").set_defaults(func=run_keys_show, needs="read")
    keys.add_parser("rotate", parents=[parent], help="(xã) thay khóa mới / (commune) make new "
                    "keys").set_defaults(func=run_keys_rotate, needs="admin")

    hub_key = sub.add_parser("hub-key", parents=[parent],
                             help="khóa của máy chủ tổng hợp / the hub's key").add_subparsers(
        dest="hub_key_command", metavar="ACTION", required=True)
    p = hub_key.add_parser("export", parents=[parent], help="(hub) xuất khóa công khai / export")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--commune", metavar="CODE",
                   help="ghi danh máy của xã này / enroll the laptops of this commune")
    p.add_argument("--valid-days", type=int, default=None, metavar="N",
                   help="số ngày tệp còn ghi danh được (mặc định 90) / days it enrolls (90)")
    p.set_defaults(func=run_hub_key_export, needs="trust")
    p = hub_key.add_parser("import", parents=[parent], help="(xã) nhập khóa hub / import")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_hub_key_import, needs="trust")

    trust = sub.add_parser("trust", parents=[parent],
                           help="danh sách máy tin cậy / trusted devices").add_subparsers(
        dest="trust_command", metavar="ACTION", required=True)
    trust.add_parser("list", parents=[parent], help="liệt kê / list").set_defaults(func=run_trust_list, needs="trust")
    trust.add_parser("pending", parents=[parent],
                     help="máy chờ duyệt / devices waiting").set_defaults(func=run_trust_pending, needs="trust")
    p = trust.add_parser("approve", parents=[parent], help="duyệt máy / enroll a held device")
    p.add_argument("device", metavar="DEVICE_ID")
    p.set_defaults(func=run_trust_approve, needs="trust")
    p = trust.add_parser("deny", parents=[parent], help="từ chối máy / refuse a held device")
    p.add_argument("device", metavar="DEVICE_ID")
    p.set_defaults(func=run_trust_deny, needs="trust")
    p = trust.add_parser("revoke", parents=[parent], help="thu hồi / revoke a device")
    p.add_argument("device", metavar="DEVICE_ID")
    p.add_argument("--forget", action="store_true",
                   help="xóa khỏi danh sách; khóa vẫn bị từ chối / remove it from the list; "
                        "its keys stay refused")
    p.set_defaults(func=run_trust_revoke, needs="trust")

    clock = sub.add_parser("clock", parents=[parent],
                           help="đồng hồ của máy này / this machine's clock").add_subparsers(
        dest="clock_command", metavar="ACTION", required=True)
    clock.add_parser("check", parents=[parent], help="so đồng hồ với lần lưu cuối / compare "
                     "the clock with the last save").set_defaults(func=run_clock_check, needs="read")
    clock.add_parser("repair", parents=[parent], help="đóng dấu lại bản ghi lưu khi đồng hồ "
                     "sai / re-stamp changes saved while the clock ran ahead"
                     ).set_defaults(func=run_clock_repair, needs="admin")
    p = clock.add_parser("tolerance", parents=[parent],
                         help="giới hạn đồng hồ gói nhập / how far ahead imported clocks may run")
    p.add_argument("hours", type=int, nargs="?", metavar="HOURS")
    p.set_defaults(func=run_clock_tolerance, needs="trust")


def run_keys_show(args, ctx) -> int:
    from desktop.db.meta import require_setup
    from desktop.sync.keys import device_keys, rotations

    db = ctx.db()
    setup = require_setup(db.conn)
    keys = device_keys(db.conn)
    data = {"device_id": setup.device_id, "device_name": setup.device_name, "role": setup.role,
            "fingerprint": keys.public.fingerprint, "key_id": keys.public.key_id,
            "sign_public": keys.public.sign_public.hex(), "box_public": keys.public.box_public.hex(),
            "rotations": len(rotations(db.conn))}
    text = _t(ctx, f"Mã máy: {setup.device_id} ({setup.device_name})\nVân tay khóa: "
                   f"{data['fingerprint']}\nMã khóa: {data['key_id']}",
              f"Device id: {setup.device_id} ({setup.device_name})\nKey fingerprint: "
              f"{data['fingerprint']}\nKey id: {data['key_id']}")
    ctx.emit(data, text)
    return 0


def run_keys_rotate(args, ctx) -> int:
    from desktop.sync.trust import rotate_keys

    result = rotate_keys(ctx.db())
    text = _t(ctx, f"Đã thay khóa. Vân tay cũ: {result['old_fingerprint']}\nVân tay mới: "
                   f"{result['fingerprint']}\nGói sau sẽ báo khóa mới cho máy chủ, ký bằng khóa cũ.",
              f"Keys replaced. Old fingerprint: {result['old_fingerprint']}\nNew fingerprint: "
              f"{result['fingerprint']}\nThe next bundle tells the hub, signed by the old key.")
    ctx.emit({"ok": True, **result}, text)
    return 0


def run_hub_key_export(args, ctx) -> int:
    from desktop.cli.context import UsageError
    from desktop.sync.enroll import DEFAULT_DAYS
    from desktop.sync.trust import export_hub_key

    if args.valid_days is not None and not args.commune:
        raise UsageError("--valid-days chỉ dùng với --commune / --valid-days needs --commune")
    data = export_hub_key(ctx.db(), Path(args.out), args.commune,
                          args.valid_days if args.valid_days is not None else DEFAULT_DAYS)
    text = _t(ctx, f"Đã ghi khóa hub vào {args.out}. Vân tay: {data['fingerprint']} — đọc cho "
                   "cán bộ xã qua điện thoại để xác nhận.",
              f"Hub key written to {args.out}. Fingerprint: {data['fingerprint']} — read it to "
              "the commune staff by phone to confirm.")
    token = (data.get("enrollment") or {}).get("token")
    if token:
        text += "\n" + _t(ctx, f"Tệp ghi danh máy của xã {token['commune_code']} đến "
                               f"{token['expires_at'][:10]}; chỉ gửi cho xã này.",
                          f"The file enrolls laptops of commune {token['commune_code']} until "
                          f"{token['expires_at'][:10]}; send it to that commune only.")
    out = {k: v for k, v in data.items() if k != "enrollment"}
    if token:
        out.update({"commune_code": token["commune_code"], "token_id": token["token_id"],
                    "expires_at": token["expires_at"]})
    ctx.emit({"ok": True, "path": args.out, **out}, text)
    return 0


def run_hub_key_import(args, ctx) -> int:
    from desktop.sync.trust import import_hub_key

    db = ctx.db()
    key = import_hub_key(db, Path(args.file))
    text = _t(ctx, f"Đã nhập khóa hub «{key['name']}» ({key['device_id']}).\nVân tay: "
                   f"{key['fingerprint']}\nHãy gọi điện cho hub để xác nhận vân tay trùng khớp.",
              f"Imported the key of hub '{key['name']}' ({key['device_id']}).\nFingerprint: "
              f"{key['fingerprint']}\nCall the hub to confirm the fingerprint matches.")
    if key.get("commune_code"):
        text += "\n" + _t(ctx, f"Máy này được ghi danh cho xã {key['commune_code']} (tệp dùng "
                               f"được đến {key['expires_at'][:10]}).",
                          f"This laptop is enrolled for commune {key['commune_code']} (the file "
                          f"enrolls until {key['expires_at'][:10]}).")
    else:
        text += "\n" + _t(ctx, "Tệp khóa không kèm ghi danh: gói đầu tiên sẽ chờ máy chủ duyệt.",
                          "The key file carries no enrollment: the first bundle will wait for "
                          "the hub's approval.")
    ctx.emit({"ok": True, **key}, text)
    return 0


def _trust_line(r: dict) -> str:
    return (f"{r['device_id']}  {r['role']:6}  {r['commune_code'] or '-':5}  {r['status']:8}  "
            f"{r['fingerprint']}  {r['device_name'] or ''}")


def run_trust_list(args, ctx) -> int:
    from desktop.sync.trust import list_trust

    rows = list_trust(ctx.db())
    text = "\n".join(_trust_line(r) for r in rows) or _t(
        ctx, "Chưa có máy nào trong danh sách tin cậy.", "No trusted devices yet.")
    ctx.emit(rows, text)
    return 0


def run_trust_pending(args, ctx) -> int:
    from desktop.sync.pending import pending_devices

    rows = pending_devices(ctx.db())
    text = "\n".join(
        _trust_line(r) + _t(ctx, f"  {r['held']} gói chờ ({', '.join(r['reasons'])})",
                            f"  {r['held']} held ({', '.join(r['reasons'])})") for r in rows
    ) or _t(ctx, "Không có máy nào chờ duyệt.", "No device is waiting for approval.")
    ctx.emit(rows, text)
    return 0


def run_trust_approve(args, ctx) -> int:
    from desktop.sync.pending import approve

    row = approve(ctx.db(), args.device)
    bundles = []
    lines = [_t(ctx, f"Đã duyệt máy {args.device} cho xã {row['commune_code']}.",
                f"Approved device {args.device} for commune {row['commune_code']}.")]
    for rep in row.pop("bundles"):
        error = rep.pop("error", None)
        if error is not None:
            rep["message"] = error.message(ctx.lang)
            print(_t(ctx, f"✗ {rep['file']}: TỪ CHỐI [{rep['reason']}] — {rep['message']}",
                     f"✗ {rep['file']}: REFUSED [{rep['reason']}] — {rep['message']}"),
                  file=sys.stderr)
        else:
            t = rep.get("totals") or {}
            lines.append(_t(ctx, f"✓ {rep['file']}: {t.get('new', 0)} mới, {t.get('updated', 0)} "
                                 "cập nhật", f"✓ {rep['file']}: {t.get('new', 0)} new, "
                                             f"{t.get('updated', 0)} updated"))
        bundles.append(rep)
    refused = sum(1 for b in bundles if b["status"] == "refused")
    ctx.emit({"ok": refused == 0, **row, "bundles": bundles}, "\n".join(lines))
    return 2 if refused else 0


def run_trust_deny(args, ctx) -> int:
    from desktop.sync.pending import deny

    row = deny(ctx.db(), args.device)
    ctx.emit({"ok": True, **row}, _t(
        ctx, f"Đã từ chối máy {args.device}; khóa của máy bị từ chối từ nay, {row['dropped']} gói "
             "chờ đã bỏ.", f"Denied device {args.device}; its keys are refused from now on, "
                           f"{row['dropped']} held bundles dropped."))
    return 0


def run_trust_revoke(args, ctx) -> int:
    from desktop.sync.trust import revoke

    row = revoke(ctx.db(), args.device, args.forget)
    text = (_t(ctx, f"Đã xóa máy {args.device} khỏi danh sách; khóa của máy vẫn bị từ chối.",
               f"Forgot device {args.device}; its keys stay refused.")
            if args.forget else
            _t(ctx, f"Đã thu hồi máy {args.device}; khóa của máy bị từ chối với mọi mã máy.",
               f"Revoked device {args.device}; its keys are refused under any device id."))
    ctx.emit({"ok": True, **row}, text)
    return 0


def run_clock_check(args, ctx) -> int:
    from desktop.sync.clocks import clock_status, clock_warning

    db = ctx.db()
    status = clock_status(db)
    text = clock_warning(db, ctx.lang, status) or _t(
        ctx, f"Đồng hồ máy này ({status['now'][:16]}) khớp với lần lưu cuối "
             f"({(status['saved'] or '-')[:16]}).",
        f"This computer's clock ({status['now'][:16]}) agrees with the last save "
        f"({(status['saved'] or '-')[:16]}).")
    ctx.emit(status, text)
    return 0


def run_clock_repair(args, ctx) -> int:
    from desktop.sync.clocks import repair_clock

    result = repair_clock(ctx.db())
    ctx.emit({"ok": True, **result}, _t(
        ctx, f"Đã đóng dấu lại {result['records']} bản ghi; xuất gói lại để gửi chúng.",
        f"Re-stamped {result['records']} records; export a bundle to send them."))
    return 0


def run_clock_tolerance(args, ctx) -> int:
    from desktop.sync.clocks import set_tolerance, tolerance_hours

    db = ctx.db()
    hours = tolerance_hours(db.conn) if args.hours is None else set_tolerance(db, args.hours)
    ctx.emit({"hours": hours}, _t(
        ctx, f"Gói có đồng hồ nhanh hơn máy này quá {hours} giờ sẽ bị từ chối.",
        f"Bundles whose clocks run more than {hours} hours ahead of this computer are refused."))
    return 0

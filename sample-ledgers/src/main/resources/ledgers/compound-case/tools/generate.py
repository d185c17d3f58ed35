"""Writes the compound case's data files from the story below (python3, standard library only).

    python3 tools/generate.py        # from the compound-case folder; rewrites every data file

Everything is fictional (see ../README.md). The story is data in this file; the files are only
renderings of it, so truth.json and the source files cannot disagree. Deterministic: no clock, no
randomness (addresses and hashes are SHA-256 of labels, see addresses.py).
"""

import csv
import hashlib
import io
import json
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from xml.sax.saxutils import escape

from addresses import ethereum, tron, tx_hash

CASE = Path(__file__).resolve().parent.parent
ICT = timezone(timedelta(hours=7))  # Indochina Time, the zone of the banks' clocks in the story
USDT_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
USDT_ETH = "0xdAC17F958D2ee523a2206206994597C13D831ec7"
TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"


def t(text):
    """A local (UTC+7) time written 'YYYY-MM-DD HH:MM'."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def iso(at):
    return at.isoformat(timespec="seconds")


def utc(at):
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------------------------
# Banks (invented BICs; the Z first letter is not used by any real bank code in the story's
# countries as far as the authors know, and none of these institutions exists).
BANKS = {
    "ZMKBKHPP": "Mekong Kingdom Bank Plc (ធនាគារ ព្រះរាជាណាចក្រមេគង្គ), Phnom Penh",
    "ZTBKKHPP": "Tonle Bassac Bank Plc, Phnom Penh",
    "ZSRBTHBK": "Siam Riverside Bank PCL (ธนาคารสยามริเวอร์ไซด์), Bangkok",
    "ZSLBVNVX": "Saigon Lotus Commercial Bank (Ngân hàng Thương mại Sen Sài Gòn), Ho Chi Minh City",
    "ZBNJIDJA": "Bank Nusa Jaya, Jakarta",
    "ZBTRMYKL": "Bank Teratai Berhad, Kuala Lumpur",
    "ZPRCCNSH": "Pearl River Commerce Bank (珠江商业银行), Shanghai",
    "ZAYBMMMY": "Ayeyar Yadanar Bank (ဧရာဝတီ ရတနာ ဘဏ်), Yangon",
}

# Accounts: key -> (holder as written, holder romanised, role)
ACCOUNTS = {
    "ZMKBKHPP:002310457": ("សុខ វណ្ណៈ", "Sok Vannak", "paid mule (rents his account); statement in camt053/"),
    "ZMKBKHPP:002310911": ("ជា សុផល", "Chea Sophal", "paid mule"),
    "ZMKBKHPP:001220301": ("ក្រុមហ៊ុន មេគង្គ ប្រាយ ត្រេឌីង ឯ.ក", "Mekong Bright Trading Co., Ltd.", "shell company of the operator"),
    "ZMKBKHPP:009900001": ("Angkor Digital Exchange Co., Ltd.", "Angkor Digital Exchange Co., Ltd.", "OTC desk selling USDT for dollars"),
    "ZSRBTHBK:4021187736": ("กิตติพงษ์ แซ่ลิ้ม", "Kittipong Saelim", "paid mule (ransoms)"),
    "ZSRBTHBK:4021190015": ("บริษัท สยามโลตัส คอนซัลติ้ง จำกัด", "Siam Lotus Consulting Co., Ltd.", "fake recruitment agency, shell of the operator"),
    "ZSRBTHBK:4029934410": ("พิมพ์ชนก วงศ์สวัสดิ์", "Pimchanok Wongsawat", "victim V2"),
    "ZSRBTHBK:4025512300": ("Nguyễn Văn Toàn", "Nguyen Van Toan", "migrant worker in Thailand (clean look-alike)"),
    "ZSRBTHBK:4021100042": ("บริษัท บางนา พร็อพเพอร์ตี้ จำกัด", "Bangna Property Co., Ltd.", "landlord (clean)"),
    "ZBTRMYKL:514022378812": ("林美玲", "Lim Mei Ling", "victim V1"),
    "ZBTRMYKL:514022401937": ("Siti Nurhaliza binti Ahmad", "Siti Nurhaliza binti Ahmad", "victim"),
    "ZSLBVNVX:0451009876": ("Nguyễn Thị Thu Hà", "Nguyen Thi Thu Ha", "victim V3"),
    "ZSLBVNVX:0451011450": ("Phan Minh Tuấn", "Phan Minh Tuan", "victim"),
    "ZSLBVNVX:0451001122": ("Trần Văn Hùng", "Tran Van Hung", "recruited worker, later coerced (W1)"),
    "ZSLBVNVX:0451002233": ("Nguyễn Thị Lan", "Nguyen Thi Lan", "mother of Tran Van Hung, ransom payer"),
    "ZSLBVNVX:0451033456": ("Lê Thị Hoa", "Le Thi Hoa", "wife of Nguyen Van Toan (clean look-alike)"),
    "ZBNJIDJA:7310042218": ("Dewi Lestari", "Dewi Lestari", "victim V4"),
    "ZBNJIDJA:7310055120": ("Rizky Pratama", "Rizky Pratama", "recruited worker"),
    "ZBNJIDJA:7310066301": ("Siti Aminah", "Siti Aminah", "mother of Rizky Pratama, ransom payer"),
    "ZPRCCNSH:6222600110023456": ("李强", "Li Qiang", "recruited worker"),
    "ZPRCCNSH:6222600110098765": ("王建国", "Wang Jianguo", "father of Wang Lei, ransom payer"),
    "ZAYBMMMY:0020145566": ("အောင်ကိုကို", "Aung Ko Ko", "recruited worker, later coerced (W2)"),
    "ZAYBMMMY:0020199871": ("ဒေါ်ခင်မြတ်", "Daw Khin Myat", "mother of Aung Ko Ko, ransom payer"),
    "ZTBKKHPP:880012345": ("Kampot Pepper Export Co., Ltd.", "Kampot Pepper Export Co., Ltd.", "employer of Sok Vannak (clean)"),
    "ZTBKKHPP:880067890": ("សុខ ស្រីនាង", "Sok Sreyneang", "sister of Sok Vannak (clean)"),
}

# ----------------------------------------------------------------------------------------------
# Bank transfers. Each one is in exactly one file. (id, time, from, to, amount, currency,
# received amount, received currency, payment type, reference, file)
LEDGER = [
    # recruitment "fees" for fake jobs in Thailand, paid to the fake agency
    ("CC-0001", t("2026-01-12 10:05"), "ZSLBVNVX:0451001122", "ZSRBTHBK:4021190015", "12500000", "VND", "17000.00", "THB", "Cross-border wire", "phi dich vu viec lam / job placement fee"),
    ("CC-0002", t("2026-01-13 14:20"), "ZAYBMMMY:0020145566", "ZSRBTHBK:4021190015", "500.00", "USD", "17550.00", "THB", "Cross-border wire", "job agency fee"),
    ("CC-0003", t("2026-01-14 09:40"), "ZBNJIDJA:7310055120", "ZSRBTHBK:4021190015", "8000000.00", "IDR", "17100.00", "THB", "Cross-border wire", "biaya agen kerja / job fee"),
    ("CC-0004", t("2026-01-15 16:55"), "ZPRCCNSH:6222600110023456", "ZSRBTHBK:4021190015", "3600.00", "CNY", "17300.00", "THB", "Cross-border wire", "工作介绍费 job fee"),
    ("CC-0005", t("2026-01-20 11:00"), "ZSRBTHBK:4021190015", "ZMKBKHPP:001220301", "66500.00", "THB", "1900.00", "USD", "Cross-border wire", "management fee"),
    ("CC-0006", t("2026-01-31 09:00"), "ZSRBTHBK:4021190015", "ZSRBTHBK:4021100042", "25000.00", "THB", "25000.00", "THB", "Transfer", "office rent January"),
    # pig-butchering victims paying the mule Chea Sophal
    ("CC-0007", t("2026-03-02 11:30"), "ZBTRMYKL:514022401937", "ZMKBKHPP:002310911", "18000.00", "MYR", "4000.00", "USD", "Cross-border wire", "deposit NagaFX account 7781"),
    ("CC-0008", t("2026-03-03 08:45"), "ZSLBVNVX:0451011450", "ZMKBKHPP:002310911", "3000.00", "USD", "3000.00", "USD", "Cross-border wire", "nap tien NagaFX"),
    # ransoms to Chea Sophal, disguised as fees and debts
    ("CC-0009", t("2026-03-04 15:10"), "ZPRCCNSH:6222600110098765", "ZMKBKHPP:002310911", "72000.00", "CNY", "10000.00", "USD", "Cross-border wire", "王磊 释放手续费 release fee"),
    ("CC-0010", t("2026-03-05 10:25"), "ZAYBMMMY:0020199871", "ZMKBKHPP:002310911", "3500.00", "USD", "3500.00", "USD", "Cross-border wire", "ကိုကို ကြွေးဆပ် debt Ko Ko"),
    # Chea Sophal buys USDT with what is left after forwarding to the shell (that transfer is in the STR)
    ("CC-0011", t("2026-03-07 13:00"), "ZMKBKHPP:002310911", "ZMKBKHPP:009900001", "6800.00", "USD", "6800.00", "USD", "Internal transfer", "USDT purchase"),
    # clean look-alikes: a migrant worker's monthly remittance home, of ransom size
    ("CC-0012", t("2026-02-05 19:10"), "ZSRBTHBK:4025512300", "ZSLBVNVX:0451033456", "105000.00", "THB", "76650000", "VND", "Cross-border wire", "gui tien nha thang 2"),
    ("CC-0013", t("2026-03-05 19:40"), "ZSRBTHBK:4025512300", "ZSLBVNVX:0451033456", "105000.00", "THB", "76440000", "VND", "Cross-border wire", "gui tien nha thang 3"),
]

# The statement of Sok Vannak's account (camt.053): the restitution account.
M1 = "ZMKBKHPP:002310457"
CAMT = [
    # (AcctSvcrRef, time, CRDT/DBIT, counterparty account, counterparty BIC, amount, reference, source)
    ("MKB260302-0457-01", t("2026-03-02 09:00"), "CRDT", "ZTBKKHPP:880012345", "1000.00", "ប្រាក់ខែ កុម្ភៈ salary February", "clean"),
    ("MKB260303-0457-01", t("2026-03-03 10:15"), "CRDT", "ZBTRMYKL:514022378812", "5000.00", "NagaFX top-up", "V1"),
    ("MKB260304-0457-01", t("2026-03-04 14:40"), "CRDT", "ZSRBTHBK:4029934410", "3000.00", "ลงทุน investment deposit", "V2"),
    ("MKB260305-0457-01", t("2026-03-05 11:05"), "DBIT", "ZMKBKHPP:001220301", "4500.00", "consulting fee", None),
    ("MKB260306-0457-01", t("2026-03-06 09:30"), "CRDT", "ZSLBVNVX:0451009876", "6000.00", "nap tien dau tu NagaFX", "V3"),
    ("MKB260307-0457-01", t("2026-03-07 16:00"), "CRDT", "ZTBKKHPP:880067890", "500.00", "ជំនួយគ្រួសារ family support", "clean"),
    ("MKB260308-0457-01", t("2026-03-08 10:20"), "DBIT", "ZMKBKHPP:009900001", "3300.00", "USDT purchase", None),
    ("MKB260309-0457-01", t("2026-03-09 13:45"), "CRDT", "ZBNJIDJA:7310042218", "2000.00", "pajak penarikan / withdrawal tax NagaFX", "V4"),
]
FREEZE = t("2026-03-10 09:00")

# goAML reports. Persons: (first, last, passport or None, passport country, nationality)
CHEN = ("国豪", "陈", "EJ4471029", "CN", "CN")
STR_MKB = {
    "file": "goaml/str-mekong-kingdom-bank.xml",
    "rentity": 4101,
    "reference": "MKB-STR-2026-0017",
    "submitted": t("2026-03-12 16:00"),
    "currency": "USD",
    "reason": (
        "Company account of Mekong Bright Trading Co., Ltd. opened in 2025 with no trading activity. It "
        "receives round-amount transfers from personal accounts in Cambodia and Thailand and moves them "
        "within days to a virtual-asset OTC desk (Angkor Digital Exchange). The director, CHEN Guohao (陈国豪), "
        "is named in press reports as the operator of the Naga Garden compound in Koh Kong. The sender "
        "account of Chea Sophal received payments referenced 'release fee' and 'debt' from families abroad."
    ),
    "action": "Account restricted on 2026-03-12; relationship under review.",
    "indicators": ["ML-PASSTHROUGH", "VA-OTC-CASHOUT", "HT-SCAM-COMPOUND"],
    "transactions": [
        ("MKB-T-0001", t("2026-03-06 15:10"), "ZMKBKHPP:002310911", "ZMKBKHPP:001220301", "13500.00", "consulting fee", None, None),
        ("MKB-T-0002", t("2026-03-09 10:00"), "ZMKBKHPP:001220301", "ZMKBKHPP:009900001", "30000.00", "USDT purchase order", None, None),
    ],
}
STR_SRB = {
    "file": "goaml/str-siam-riverside-bank.xml",
    "rentity": 6620,
    "reference": "SRB-STR-2026-0231",
    "submitted": t("2026-03-11 11:30"),
    "currency": "THB",
    "reason": (
        "Personal account of Kittipong Saelim received two international transfers from private persons in "
        "Viet Nam and Indonesia, referenced 'debt' and 'ticket', and forwarded the whole amount to a company "
        "account in Cambodia the next day. The remitter of SRB-T-0001, Mrs Nguyễn Thị Lan, told our call "
        "centre that her son Trần Văn Hùng (born 2001, passport VN C4410298) left for a job in Thailand in "
        "January 2026 and has been missing since; she was told to pay his 'debt' for his release. Trần Văn "
        "Hùng is a possible victim of human trafficking held in a scam compound (missing person)."
    ),
    "action": "Outgoing transfers blocked; customer to be interviewed.",
    "indicators": ["HT-RANSOM", "HT-MISSING-PERSON", "ML-PASSTHROUGH"],
    "transactions": [
        ("SRB-T-0001", t("2026-03-03 10:30"), "ZSLBVNVX:0451002233", "ZSRBTHBK:4021187736", "286400.00", "trả nợ cho Hùng / debt", ("from", "USD", "8000.00"), None),
        ("SRB-T-0002", t("2026-03-04 09:20"), "ZBNJIDJA:7310066301", "ZSRBTHBK:4021187736", "179000.00", "biaya tiket pulang Rizky / ticket", ("from", "USD", "5000.00"), None),
        ("SRB-T-0003", t("2026-03-05 15:45"), "ZSRBTHBK:4021187736", "ZMKBKHPP:001220301", "465400.00", "consulting fee", ("to", "USD", "13000.00"), None),
    ],
    "missing_person": ("Hùng", "Trần Văn", "C4410298", "VN", "VN", "2001-07-14"),
}

# ----------------------------------------------------------------------------------------------
# Wallets: label -> (chain, holder, role)
WALLETS = {
    # TRON
    "op-tron-collect": ("TRON", "陈国豪 CHEN Guohao (operator)", "compound collection wallet"),
    "nagafx-tron-deposit": ("TRON", "operator", "NagaFX fake investment platform deposit wallet"),
    "ransom-tron": ("TRON", "operator", "ransom collection wallet"),
    "hung-tron": ("TRON", "Trần Văn Hùng (coerced worker W1)", "the worker's own wallet, used by the compound"),
    "peel-1": ("TRON", "operator", "peel chain hop 1"),
    "peel-2": ("TRON", "operator", "peel chain hop 2"),
    "peel-3": ("TRON", "operator", "peel chain hop 3"),
    "peel-4": ("TRON", "operator", "peel chain hop 4"),
    "peel-side-2": ("TRON", "unknown", "peel chain side output 2 (OTC trader)"),
    "peel-side-3": ("TRON", "unknown", "peel chain side output 3"),
    "exchange-kapok-tron-deposit": ("TRON", "Kapok Exchange (custodial)", "exchange deposit address: the peel chain's end"),
    "exchange-lantern-tron-deposit": ("TRON", "Lantern Exchange (custodial)", "exchange deposit address: peel chain side output 1"),
    "liu-fang-tron": ("TRON", "刘芳 Liu Fang (CN)", "victim"),
    "nurul-huda-tron": ("TRON", "Nurul Huda binti Ismail (MY)", "victim"),
    "nguyen-van-binh-tron": ("TRON", "Nguyễn Văn Bình (VN)", "victim"),
    "wanida-tron": ("TRON", "วนิดา พรหมมา Wanida Phromma (TH)", "victim"),
    "li-juan-tron": ("TRON", "李娟 Li Juan (CN), sister of 李强 Li Qiang", "ransom payer"),
    # Ethereum
    "op-eth-collect": ("ETHEREUM", "陈国豪 CHEN Guohao (operator)", "compound collection wallet"),
    "nagafx-eth-deposit": ("ETHEREUM", "operator", "NagaFX fake investment platform deposit wallet"),
    "aung-ko-ko-eth": ("ETHEREUM", "အောင်ကိုကို Aung Ko Ko (coerced worker W2)", "the worker's own wallet, used by the compound"),
    "exchange-kapok-eth-deposit": ("ETHEREUM", "Kapok Exchange (custodial)", "exchange deposit address: the operator's cash-out"),
    "tan-wei-jie-eth": ("ETHEREUM", "陈伟杰 Tan Wei Jie (SG)", "victim"),
    "nattaya-eth": ("ETHEREUM", "ณัฐยา ศรีสุข Nattaya Srisuk (TH)", "victim"),
    "budi-eth": ("ETHEREUM", "Budi Santoso (ID)", "victim"),
}


def wallet_address(label):
    chain = WALLETS[label][0]
    return tron(label)[0] if chain == "TRON" else ethereum(label)


def wallet_key(label):
    chain = WALLETS[label][0]
    address = wallet_address(label)
    return chain + ":" + (address.lower() if chain == "ETHEREUM" else address)


# USDT transfers on TRON: (label, time, from, to, amount)
TRON = [
    ("tron-01", t("2026-02-10 20:14"), "liu-fang-tron", "nagafx-tron-deposit", "30000"),
    ("tron-02", t("2026-02-14 21:02"), "nurul-huda-tron", "nagafx-tron-deposit", "9800"),
    ("tron-03", t("2026-02-18 19:47"), "nguyen-van-binh-tron", "hung-tron", "6000"),
    ("tron-04", t("2026-02-18 23:05"), "hung-tron", "op-tron-collect", "6000"),
    ("tron-05", t("2026-02-21 18:30"), "wanida-tron", "hung-tron", "4500"),
    ("tron-06", t("2026-02-21 22:12"), "hung-tron", "op-tron-collect", "4500"),
    ("tron-07", t("2026-02-22 02:40"), "nagafx-tron-deposit", "op-tron-collect", "39800"),
    ("tron-08", t("2026-03-02 08:55"), "li-juan-tron", "ransom-tron", "12000"),
    ("tron-09", t("2026-03-02 12:31"), "ransom-tron", "op-tron-collect", "12000"),
    # the peel chain
    ("peel-0", t("2026-03-03 01:10"), "op-tron-collect", "peel-1", "60000"),
    ("peel-1a", t("2026-03-03 04:22"), "peel-1", "exchange-lantern-tron-deposit", "1850.25"),
    ("peel-1b", t("2026-03-03 04:23"), "peel-1", "peel-2", "58149.75"),
    ("peel-2a", t("2026-03-03 09:48"), "peel-2", "peel-side-2", "2400"),
    ("peel-2b", t("2026-03-03 09:50"), "peel-2", "peel-3", "55749.75"),
    ("peel-3a", t("2026-03-03 16:05"), "peel-3", "peel-side-3", "1975.5"),
    ("peel-3b", t("2026-03-03 16:06"), "peel-3", "peel-4", "53774.25"),
    ("peel-4", t("2026-03-04 00:41"), "peel-4", "exchange-kapok-tron-deposit", "53774.25"),
]

# USDT (ERC-20) transfers on Ethereum: (label, time, from, to, amount)
ETHEREUM = [
    ("eth-01", t("2026-02-12 21:36"), "tan-wei-jie-eth", "nagafx-eth-deposit", "20000"),
    ("eth-02", t("2026-02-16 20:03"), "nattaya-eth", "aung-ko-ko-eth", "7500"),
    ("eth-03", t("2026-02-16 23:48"), "aung-ko-ko-eth", "op-eth-collect", "7500"),
    ("eth-04", t("2026-02-20 19:20"), "tan-wei-jie-eth", "nagafx-eth-deposit", "15000"),
    ("eth-05", t("2026-02-25 18:11"), "budi-eth", "aung-ko-ko-eth", "4250.5"),
    ("eth-06", t("2026-02-25 21:59"), "aung-ko-ko-eth", "op-eth-collect", "4250.5"),
    ("eth-07", t("2026-02-26 03:15"), "nagafx-eth-deposit", "op-eth-collect", "35000"),
    ("eth-08", t("2026-03-01 02:30"), "op-eth-collect", "exchange-kapok-eth-deposit", "46000"),
]

# Illustrative daily FX rates, USD per unit (fictional figures of realistic size).
RATE = {"THB": "0.0279", "VND": "0.0000392", "IDR": "0.0000625", "CNY": "0.1389", "MYR": "0.2222"}


# ----------------------------------------------------------------------------------------------
def raw6(amount):
    return int(Decimal(amount) * 1_000_000)


def canon(amount, decimals):
    return str(Decimal(amount).quantize(Decimal(1).scaleb(-decimals))) if decimals else str(int(Decimal(amount)))


def sha16(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write(path, text):
    target = CASE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")


def bank_of(key):
    return key.split(":", 1)


# ----------------------------------------------------------------------------------------------
def ledger():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["txn_id", "booked_at", "from_bank", "from_account", "to_bank", "to_account", "amount_paid",
                "payment_currency", "amount_received", "receiving_currency", "payment_type", "narrative"])
    for (i, at, src, dst, amt, ccy, ramt, rccy, kind, ref) in LEDGER:
        fb, fa = bank_of(src)
        tb, ta = bank_of(dst)
        w.writerow([i, iso(at), fb, fa, tb, ta, amt, ccy, ramt, rccy, kind, ref])
    write("ledger.csv", out.getvalue())
    write("ledger-mapping.yaml", """# Column mapping of ledger.csv for `flowtrace ingest ledger --mapping`: the compound case's
# bank transfers as the FIU compiled them from production orders (one row per transfer).
header: true
delimiter: ","
timeFormat: "yyyy-MM-dd'T'HH:mm:ssXXX"
timeZone: Asia/Bangkok
columns:
  id: txn_id
  time: booked_at
  fromBank: from_bank
  fromAccount: from_account
  toBank: to_bank
  toAccount: to_account
  amount: amount_paid
  currency: payment_currency
  receivedAmount: amount_received
  receivedCurrency: receiving_currency
  paymentType: payment_type
  reference: narrative
""")


def person_xml(person, indent, extra=""):
    first, last, passport, pcountry, nationality = person[:5]
    pad = " " * indent
    lines = [f"{pad}<first_name>{escape(first)}</first_name>", f"{pad}<last_name>{escape(last)}</last_name>"]
    if len(person) > 5:
        lines.append(f"{pad}<birthdate>{person[5]}T00:00:00</birthdate>")
    if passport:
        lines += [f"{pad}<passport_number>{passport}</passport_number>", f"{pad}<passport_country>{pcountry}</passport_country>"]
    lines.append(f"{pad}<nationality1>{nationality}</nationality1>")
    return "\n".join(lines) + extra


KH_PERSONS = {
    "ZMKBKHPP:002310911": ("សុផល", "ជា", None, None, "KH"),
    "ZSRBTHBK:4021187736": ("กิตติพงษ์", "แซ่ลิ้ม", None, None, "TH"),
    "ZSLBVNVX:0451002233": ("Lan", "Nguyễn Thị", None, None, "VN"),
    "ZBNJIDJA:7310066301": ("Siti", "Aminah", None, None, "ID"),
}
ENTITIES = {
    "ZMKBKHPP:001220301": ("Mekong Bright Trading Co., Ltd.", "00054321", "KH", CHEN),
    "ZMKBKHPP:009900001": ("Angkor Digital Exchange Co., Ltd.", "00049876", "KH", None),
}


def account_xml(key, indent, currency):
    bic, number = bank_of(key)
    pad = " " * indent
    holder = ACCOUNTS[key]
    lines = [f"{pad}<institution_name>{escape(BANKS[bic])}</institution_name>", f"{pad}<swift>{bic}</swift>",
             f"{pad}<account>{number}</account>", f"{pad}<currency_code>{currency}</currency_code>",
             f"{pad}<account_name>{escape(holder[0])}</account_name>"]
    if key in ENTITIES:
        name, reg, country, director = ENTITIES[key]
        lines.append(f"{pad}<t_entity>")
        lines.append(f"{pad}  <name>{escape(name)}</name>")
        lines.append(f"{pad}  <incorporation_number>{reg}</incorporation_number>")
        lines.append(f"{pad}  <incorporation_country_code>{country}</incorporation_country_code>")
        if director:
            lines.append(f"{pad}  <director_id>")
            lines.append(person_xml(director, indent + 4))
            lines.append(f"{pad}    <role>DIRECTOR</role>")
            lines.append(f"{pad}  </director_id>")
        lines.append(f"{pad}</t_entity>")
    elif key in KH_PERSONS:
        lines.append(f"{pad}<signatory>")
        lines.append(f"{pad}  <is_primary>true</is_primary>")
        lines.append(f"{pad}  <t_person>")
        lines.append(person_xml(KH_PERSONS[key], indent + 4))
        lines.append(f"{pad}  </t_person>")
        lines.append(f"{pad}  <role>PAH</role>")
        lines.append(f"{pad}</signatory>")
    return "\n".join(lines)


def goaml(report, my_bic, comment):
    x = ['<?xml version="1.0" encoding="UTF-8"?>', f"<!-- {comment} -->", "<report>",
         f"  <rentity_id>{report['rentity']}</rentity_id>", "  <submission_code>E</submission_code>",
         "  <report_code>STR</report_code>", f"  <entity_reference>{report['reference']}</entity_reference>",
         f"  <submission_date>{iso(report['submitted'])}</submission_date>",
         f"  <currency_code_local>{report['currency']}</currency_code_local>",
         f"  <reason>{escape(report['reason'])}</reason>", f"  <action>{escape(report['action'])}</action>"]
    for (num, at, src, dst, amt, ref, foreign, _) in report["transactions"]:
        x += ["  <transaction>", f"    <transactionnumber>{num}</transactionnumber>",
              f"    <transaction_description>{escape(ref)}</transaction_description>",
              f"    <date_transaction>{iso(at)}</date_transaction>", "    <transmode_code>ELCFT</transmode_code>",
              f"    <amount_local>{amt}</amount_local>"]
        for side, key in (("from", src), ("to", dst)):
            mine = bank_of(key)[0] == my_bic
            tag = f"t_{side}_my_client" if mine else f"t_{side}"
            ccy = report["currency"] if mine else (foreign[1] if foreign and foreign[0] == side else report["currency"])
            x.append(f"    <{tag}>")
            x.append(f"      <{side}_funds_code>K</{side}_funds_code>")
            if foreign and foreign[0] == side:
                x += [f"      <{side}_foreign_currency>", f"        <foreign_currency_code>{foreign[1]}</foreign_currency_code>",
                      f"        <foreign_amount>{foreign[2]}</foreign_amount>", f"      </{side}_foreign_currency>"]
            x.append(f"      <{side}_account>")
            x.append(account_xml(key, 8, ccy))
            x.append(f"      </{side}_account>")
            x.append(f"      <{side}_country>{bank_of(key)[0][4:6]}</{side}_country>")
            x.append(f"    </{tag}>")
        x.append("  </transaction>")
    if "missing_person" in report:
        x += ["  <activity>", "    <report_parties>", "      <report_party>", "        <role>VICTIM</role>",
              "        <person>", person_xml(report["missing_person"], 10), "        </person>",
              "        <country>VN</country>",
              "        <reason>Possible victim of human trafficking held in a scam compound; reported missing by his mother.</reason>",
              "      </report_party>", "    </report_parties>", "  </activity>"]
    x.append("  <report_indicators>")
    x += [f"    <indicator>{i}</indicator>" for i in report["indicators"]]
    x += ["  </report_indicators>", "</report>", ""]
    write(report["file"], "\n".join(x))


def camt053():
    bic, number = bank_of(M1)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<!-- Fictional camt.053.001.08 statement of Sok Vannak's USD account at Mekong Kingdom Bank,",
         "     1-10 March 2026, up to the freeze order (see ../README.md). -->",
         '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">', "  <BkToCstmrStmt>", "    <GrpHdr>",
         "      <MsgId>MKB-CAMT053-20260310-0457</MsgId>", f"      <CreDtTm>{iso(FREEZE)}</CreDtTm>", "    </GrpHdr>",
         "    <Stmt>", "      <Id>MKB-STMT-002310457-2026-03</Id>", f"      <CreDtTm>{iso(FREEZE)}</CreDtTm>",
         "      <FrToDt>", "        <FrDtTm>2026-03-01T00:00:00+07:00</FrDtTm>", f"        <ToDtTm>{iso(FREEZE)}</ToDtTm>",
         "      </FrToDt>", "      <Acct>", f"        <Id><Othr><Id>{number}</Id></Othr></Id>", "        <Ccy>USD</Ccy>",
         "        <Ownr><Nm>សុខ វណ្ណៈ</Nm><PstlAdr><Ctry>KH</Ctry></PstlAdr></Ownr>",
         f"        <Svcr><FinInstnId><BICFI>{bic}</BICFI></FinInstnId></Svcr>", "      </Acct>"]
    balance = Decimal(0)
    x += ["      <Bal>", "        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>", '        <Amt Ccy="USD">0.00</Amt>',
          "        <CdtDbtInd>CRDT</CdtDbtInd>", "        <Dt><Dt>2026-03-01</Dt></Dt>", "      </Bal>"]
    for (_, _, ind, _, amt, _, _) in CAMT:
        balance += Decimal(amt) if ind == "CRDT" else -Decimal(amt)
    x += ["      <Bal>", "        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>", f'        <Amt Ccy="USD">{balance:.2f}</Amt>',
          "        <CdtDbtInd>CRDT</CdtDbtInd>", "        <Dt><Dt>2026-03-10</Dt></Dt>", "      </Bal>"]
    for (ref, at, ind, other, amt, text, _) in CAMT:
        obic, onumber = bank_of(other)
        credit = ind == "CRDT"
        party, agent = ("Dbtr", "DbtrAgt") if credit else ("Cdtr", "CdtrAgt")
        domain = "RCDT" if credit else "ICDT"
        sub = ("XBCT" if obic != bic else "BOOK") if credit else ("BOOK" if obic == bic else "XBCT")
        x += ["      <Ntry>", f'        <Amt Ccy="USD">{amt}</Amt>', f"        <CdtDbtInd>{ind}</CdtDbtInd>",
              "        <Sts><Cd>BOOK</Cd></Sts>", f"        <BookgDt><DtTm>{iso(at)}</DtTm></BookgDt>",
              f"        <ValDt><Dt>{at.date().isoformat()}</Dt></ValDt>", f"        <AcctSvcrRef>{ref}</AcctSvcrRef>",
              f"        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{domain}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>",
              "        <NtryDtls>", "          <TxDtls>", f"            <Refs><EndToEndId>{ref}-E2E</EndToEndId></Refs>",
              "            <RltdPties>",
              f"              <{party}><Pty><Nm>{escape(ACCOUNTS[other][0])}</Nm></Pty></{party}>",
              f"              <{party}Acct><Id><Othr><Id>{onumber}</Id></Othr></Id></{party}Acct>",
              "            </RltdPties>", "            <RltdAgts>",
              f"              <{agent}><FinInstnId><BICFI>{obic}</BICFI></FinInstnId></{agent}>", "            </RltdAgts>",
              f"            <RmtInf><Ustrd>{escape(text)}</Ustrd></RmtInf>", "          </TxDtls>", "        </NtryDtls>",
              "      </Ntry>"]
    x += ["    </Stmt>", "  </BkToCstmrStmt>", "</Document>", ""]
    write("camt053/sok-vannak-2026-03.xml", "\n".join(x))
    return balance


def tron_events():
    data = []
    ids = {}
    for n, (label, at, src, dst, amount) in enumerate(TRON):
        txid = tx_hash(label)
        f58, fhex = tron(src)
        t58, thex = tron(dst)
        value = str(raw6(amount))
        ids[label] = "TRON:" + txid + ":trc20:" + sha16("|".join([USDT_TRON, f58, t58, value]))
        data.append({
            "block_number": 80412000 + n * 7919,
            "block_timestamp": int(at.timestamp()) * 1000,
            "caller_contract_address": USDT_TRON,
            "contract_address": USDT_TRON,
            "event_index": 0,
            "event_name": "Transfer",
            "result": {"0": fhex, "1": thex, "2": value, "from": fhex, "to": thex, "value": value},
            "result_type": {"from": "address", "to": "address", "value": "uint256"},
            "event": "Transfer(address indexed from, address indexed to, uint256 value)",
            "transaction_id": txid,
        })
    page = {"data": data, "success": True, "meta": {"at": int(FREEZE.timestamp()) * 1000, "page_size": len(data)}}
    write("tron/usdt-events.json", json.dumps(page, indent=2, ensure_ascii=False) + "\n")
    return ids


def ethereum_export():
    blocks, logs, ids = [], [], {}
    for n, (label, at, src, dst, amount) in enumerate(ETHEREUM):
        number = 24312000 + n * 3571
        block_hash = "0x" + tx_hash("block " + label)
        txh = "0x" + tx_hash(label)
        log_index = 40 + n
        ids[label] = f"ETHEREUM:{txh}:{log_index}"
        blocks.append({"jsonrpc": "2.0", "id": n + 1, "result": {
            "number": hex(number), "hash": block_hash, "parentHash": "0x" + tx_hash("parent " + label),
            "timestamp": hex(int(at.timestamp())), "transactions": [txh]}})
        logs.append({
            "address": USDT_ETH.lower(),
            "topics": [TRANSFER_TOPIC, "0x" + "0" * 24 + ethereum(src)[2:].lower(), "0x" + "0" * 24 + ethereum(dst)[2:].lower()],
            "data": "0x" + format(raw6(amount), "064x"),
            "blockNumber": hex(number), "blockHash": block_hash, "transactionHash": txh,
            "transactionIndex": hex(n % 5), "logIndex": hex(log_index), "removed": False})
    write("ethereum/blocks.json", json.dumps(blocks, indent=2) + "\n")
    write("ethereum/usdt-logs.json", json.dumps({"jsonrpc": "2.0", "id": 1, "result": logs}, indent=2) + "\n")
    return ids


def tagpack():
    tags = [
        ("op-tron-collect", "USDT", "Naga Garden compound collection wallet", "scam", None),
        ("nagafx-tron-deposit", "USDT", "NagaFX fake investment platform deposit wallet", "scam", None),
        ("ransom-tron", "USDT", "Naga Garden ransom collection wallet", "scam", None),
        ("op-eth-collect", "USDT", "Naga Garden compound collection wallet", "scam", None),
        ("nagafx-eth-deposit", "USDT", "NagaFX fake investment platform deposit wallet", "scam", None),
        ("exchange-kapok-tron-deposit", "USDT", "Kapok Exchange deposit address", "exchange", "kapok-exchange"),
        ("exchange-lantern-tron-deposit", "USDT", "Lantern Exchange deposit address", "exchange", "lantern-exchange"),
        ("exchange-kapok-eth-deposit", "USDT", "Kapok Exchange deposit address", "exchange", "kapok-exchange"),
    ]
    y = ["# Fictional GraphSense TagPack of the compound case (see README.md): the operator's wallets",
         "# (category scam) and the exchange deposit addresses the money leaves through (category exchange).",
         "title: Naga Garden compound wallets (fictional case)", "creator: flowtrace sample-ledgers",
         "description: Fictional attribution for the compound-case sample; no real wallet or exchange.",
         "is_public: true", "confidence: forensic_investigation", "source: https://example.org/flowtrace/compound-case",
         "lastmod: 2026-03-12", "tags:"]
    for label, currency, text, category, actor in tags:
        address = wallet_address(label)
        network = "TRX" if WALLETS[label][0] == "TRON" else "ETH"
        y += [f"- address: '{address}'", f"  currency: {currency}", f"  network: {network}", f"  label: {text}",
              f"  category: {category}"]
        if category == "scam":
            y.append("  abuse: scam")
        if actor:
            y.append(f"  actor: {actor}")
    write("tagpack.yaml", "\n".join(y) + "\n")
    return tags


def fx_rates():
    days = set()
    for (_, at, _, _, _, ccy, _, rccy, _, _) in LEDGER:
        for c in (ccy, rccy):
            if c != "USD":
                days.add((utc(at)[:10], c))
    for report in (STR_MKB, STR_SRB):
        if report["currency"] != "USD":
            for tx in report["transactions"]:
                days.add((utc(tx[1])[:10], report["currency"]))
    rows = ["date,currency,usd_per_unit,source"]
    for day, ccy in sorted(days):
        rows.append(f"{day},{ccy},{RATE[ccy]},illustrative rate (fictional case)")
    write("fx-rates.csv", "\n".join(rows) + "\n")
    return sorted(days)


# ----------------------------------------------------------------------------------------------
# Ownership (BODS 0.4) and designations
COUNTRY_NAMES = {"CN": "China", "TH": "Thailand", "HK": "Hong Kong", "SC": "Seychelles", "KH": "Cambodia"}
PUBLISHER = {"name": "flowtrace sample-ledgers (fictional register extract)"}
OWNERS = {
    "chen": ("person", "陈国豪", "CHEN Guohao", "CN"),
    "somsak": ("person", "สมศักดิ์ ทองดี", "Somsak Thongdee", "TH"),
    "lotus-star": ("entity", "蓮星控股有限公司", "Lotus Star Holdings Limited", "HK", "HK-CR", "3318842"),
    "golden-naga": ("entity", "Golden Naga Holdings Ltd", "Golden Naga Holdings Ltd", "SC", "SC-FSA-IBC", "IBC-224871"),
    "naga-garden": ("entity", "ក្រុមហ៊ុន សួននាគ អភិវឌ្ឍន៍ ឯ.ក", "Naga Garden Development Co., Ltd.", "KH", "KH-MOC", "00048812"),
    "mekong-bright": ("entity", "ក្រុមហ៊ុន មេគង្គ ប្រាយ ត្រេឌីង ឯ.ក", "Mekong Bright Trading Co., Ltd.", "KH", "KH-MOC", "00054321"),
    "siam-lotus": ("entity", "บริษัท สยามโลตัส คอนซัลติ้ง จำกัด", "Siam Lotus Consulting Co., Ltd.", "TH", "TH-DBD", "0105566012345"),
}
# (subject, interested party, share %, beneficial ownership or control, start date)
HOLDINGS = [
    ("lotus-star", "chen", 100, True, "2019-05-02"),
    ("golden-naga", "lotus-star", 70, False, "2020-02-17"),
    ("naga-garden", "golden-naga", 90, False, "2020-09-01"),
    ("mekong-bright", "naga-garden", 100, False, "2025-04-10"),
    ("golden-naga", "mekong-bright", 30, False, "2025-06-30"),  # closes the cycle
    ("siam-lotus", "golden-naga", 49, False, "2024-11-05"),
    ("siam-lotus", "somsak", 51, False, "2024-11-05"),  # a nominee: the 51 % is held for the operator
]


def record_id(key):
    return "flowtrace-compound-case-" + key


def statement_id(key):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/flowtrace/compound-case/" + key))


def bods():
    statements = []
    common = {"statementDate": "2026-03-01", "publicationDetails": {"publicationDate": "2026-03-12", "bodsVersion": "0.4", "publisher": PUBLISHER}}
    for key, value in OWNERS.items():
        if value[0] == "person":
            _, name, latin, country = value
            details = {"isComponent": False, "personType": "knownPerson",
                       "names": [{"type": "legal", "fullName": name}, {"type": "transliteration", "fullName": latin}],
                       "nationalities": [{"name": COUNTRY_NAMES[country], "code": country}]}
            if key == "chen":
                details["names"].append({"type": "alternative", "fullName": "Boss Chen"})
                details["birthDate"] = "1979-04"
            statements.append({"statementId": statement_id(key), "declarationSubject": record_id(key), **common,
                               "recordId": record_id(key), "recordStatus": "new", "recordType": "person", "recordDetails": details})
        else:
            _, name, latin, country, scheme, number = value
            details = {"isComponent": False, "entityType": {"type": "registeredEntity"}, "name": name,
                       "alternateNames": [latin] if latin != name else [],
                       "jurisdiction": {"name": COUNTRY_NAMES[country], "code": country},
                       "identifiers": [{"scheme": scheme, "id": number}]}
            if not details["alternateNames"]:
                del details["alternateNames"]
            statements.append({"statementId": statement_id(key), "declarationSubject": record_id(key), **common,
                               "recordId": record_id(key), "recordStatus": "new", "recordType": "entity", "recordDetails": details})
    for subject, party, share, beneficial, start in HOLDINGS:
        key = f"{party}-owns-{subject}"
        interest = {"type": "shareholding", "directOrIndirect": "direct", "beneficialOwnershipOrControl": beneficial,
                    "share": {"exact": share}, "startDate": start}
        interests = [interest]
        if party == "somsak":
            interests.append({"type": "nominee", "directOrIndirect": "direct", "beneficialOwnershipOrControl": False,
                              "details": "holds the 51 % for the operator (fictional)", "startDate": start})
        statements.append({"statementId": statement_id(key), "declarationSubject": record_id(subject), **common,
                           "recordId": record_id(key), "recordStatus": "new", "recordType": "relationship",
                           "recordDetails": {"isComponent": False, "subject": record_id(subject),
                                             "interestedParty": record_id(party), "interests": interests}})
    write("bods.json", json.dumps(statements, indent=2, ensure_ascii=False) + "\n")


def designations():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["list", "id", "type", "name", "aliases", "country", "location", "linked_companies", "wallets",
                "source_url", "program"])
    op_wallets = [wallet_key(w_) for w_ in ("op-tron-collect", "nagafx-tron-deposit", "ransom-tron", "op-eth-collect", "nagafx-eth-deposit")]
    # the designations layout names wallets by currency: USDT on TRON, ETH for Ethereum addresses
    listed = [("USDT:" + k.split(":", 1)[1]) if k.startswith("TRON:") else ("ETH:" + k.split(":", 1)[1]) for k in op_wallets]
    companies = ["Lotus Star Holdings Limited", "Golden Naga Holdings Ltd", "Naga Garden Development Co., Ltd.",
                 "Mekong Bright Trading Co., Ltd.", "Siam Lotus Consulting Co., Ltd."]
    w.writerow(["FIU-KH Scam Compounds (fictional)", "NG-1", "person", "陈国豪", "CHEN Guohao;Chen Kuo-hao;Boss Chen;陈老板", "CN",
                "Naga Garden Park, Koh Kong, KH", ";".join(companies), ";".join(listed),
                "https://example.org/flowtrace/compound-case/designation/1", "compound operator"])
    w.writerow(["FIU-KH Scam Compounds (fictional)", "NG-2", "compound", "Naga Garden Park",
                "ឧទ្យានសួននាគ;Naga Garden compound;Naga Garden Development", "KH",
                "Koh Kong province, KH", "Naga Garden Development Co., Ltd.", ";".join(listed[:3]),
                "https://example.org/flowtrace/compound-case/designation/2", "scam compound"])
    write("designations.csv", out.getvalue())


# ----------------------------------------------------------------------------------------------
# Restitution from the frozen balance of Sok Vannak's account, five allocation methods.
def allocate(events):
    """events: ('in', source, Fraction) or ('out', Fraction), in time order. Returns per method the
    frozen balance's share of each source ('clean' is the account holder's own money)."""
    result = {}
    balance = {}
    for e in events:  # haircut: every debit takes from each source in proportion to the balance
        if e[0] == "in":
            balance[e[1]] = balance.get(e[1], 0) + e[2]
        else:
            total = sum(balance.values())
            balance = {s: v * (total - e[1]) / total for s, v in balance.items()}
    result["haircut"] = balance
    for name, end in (("fifo", 0), ("lifo", -1)):
        queue = []
        for e in events:
            if e[0] == "in":
                queue.append([e[1], e[2]])
                continue
            need = e[1]
            while need > 0:
                item = queue[end]
                take = min(item[1], need)
                item[1] -= take
                need -= take
                if item[1] == 0:
                    queue.pop(end)
        left = {}
        for s, v in queue:
            left[s] = left.get(s, 0) + v
        result[name] = left
    balance = {}
    for e in events:  # LIBR: debits spend clean money first, then victims' money pro rata
        if e[0] == "in":
            balance[e[1]] = balance.get(e[1], 0) + e[2]
            continue
        need = e[1]
        clean = min(balance.get("clean", 0), need)
        balance["clean"] = balance.get("clean", 0) - clean
        need -= clean
        tainted = sum(v for s, v in balance.items() if s != "clean")
        balance = {s: v if s == "clean" else v * (tainted - need) / tainted for s, v in balance.items()}
    result["libr"] = balance
    frozen = sum(result["haircut"].values())
    paid = {}
    for e in events:
        if e[0] == "in" and e[1] != "clean":
            paid[e[1]] = paid.get(e[1], 0) + e[2]
    result["poison"] = {s: frozen * v / sum(paid.values()) for s, v in paid.items()}
    result["poison"]["clean"] = Fraction(0)
    return result, frozen, paid


def money(fraction):
    value = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    assert value == value.quantize(Decimal("0.01")), f"{fraction} is not a whole number of cents"
    return f"{value.quantize(Decimal('0.01'))}"


def main():
    ledger()
    goaml(STR_MKB, "ZMKBKHPP", "Fictional STR of Mekong Kingdom Bank (rentity 4101) on the shell company Mekong Bright Trading; see ../README.md")
    goaml(STR_SRB, "ZSRBTHBK", "Fictional STR of Siam Riverside Bank (rentity 6620) on the ransom mule Kittipong Saelim, naming a missing trafficking victim; see ../README.md")
    closing = camt053()
    tron_ids = tron_events()
    eth_ids = ethereum_export()
    tags = tagpack()
    rate_days = fx_rates()
    bods()
    designations()

    events = []
    for (ref, at, ind, other, amt, text, source) in CAMT:
        events.append(("in", source, Fraction(Decimal(amt))) if ind == "CRDT" else ("out", Fraction(Decimal(amt))))
    methods, frozen, paid = allocate(events)
    assert money(frozen) == f"{closing:.2f}"

    def camt_id(ref):
        return f"camt:{M1}:{ref}:1"

    transfers = []
    for (i, at, src, dst, amt, ccy, ramt, rccy, kind, ref) in LEDGER:
        transfers.append({"id": "ledger:" + i, "file": "ledger.csv", "from": src, "to": dst, "amount": amt, "asset": ccy,
                          "received": ramt, "receivedAsset": rccy, "at": utc(at), "reference": ref})
    for report in (STR_MKB, STR_SRB):
        for (num, at, src, dst, amt, ref, foreign, _) in report["transactions"]:
            transfers.append({"id": f"goaml:{report['rentity']}:{num}", "file": report["file"], "from": src, "to": dst,
                              "amount": amt, "asset": report["currency"], "at": utc(at), "reference": ref})
    for (ref, at, ind, other, amt, text, _) in CAMT:
        src, dst = (other, M1) if ind == "CRDT" else (M1, other)
        transfers.append({"id": camt_id(ref), "file": "camt053/sok-vannak-2026-03.xml", "from": src, "to": dst,
                          "amount": amt, "asset": "USD", "at": utc(at), "reference": text})
    for (label, at, src, dst, amount) in TRON:
        transfers.append({"id": tron_ids[label], "file": "tron/usdt-events.json", "from": wallet_key(src), "to": wallet_key(dst),
                          "amount": canon(amount, 6), "asset": "TRON:" + USDT_TRON, "at": utc(at), "label": label})
    for (label, at, src, dst, amount) in ETHEREUM:
        transfers.append({"id": eth_ids[label], "file": "ethereum/usdt-logs.json", "from": wallet_key(src), "to": wallet_key(dst),
                          "amount": canon(amount, 6), "asset": "ETHEREUM:" + USDT_ETH.lower(), "at": utc(at), "label": label})
    by_id = {x["id"]: x for x in transfers}

    def ids_where(pred):
        return [x["id"] for x in transfers if pred(x)]

    tron_key = {label: tron_ids[label] for label in tron_ids}
    eth_key = {label: eth_ids[label] for label in eth_ids}
    ransoms = [
        {"payer": "ZSLBVNVX:0451002233", "payerName": "Nguyễn Thị Lan", "hostage": "Trần Văn Hùng", "receiver": "ZSRBTHBK:4021187736",
         "transfer": "goaml:6620:SRB-T-0001", "amount": "286400.00", "currency": "THB", "sentAmount": "8000.00", "sentCurrency": "USD",
         "at": by_id["goaml:6620:SRB-T-0001"]["at"], "reference": "trả nợ cho Hùng / debt"},
        {"payer": "ZBNJIDJA:7310066301", "payerName": "Siti Aminah", "hostage": "Rizky Pratama", "receiver": "ZSRBTHBK:4021187736",
         "transfer": "goaml:6620:SRB-T-0002", "amount": "179000.00", "currency": "THB", "sentAmount": "5000.00", "sentCurrency": "USD",
         "at": by_id["goaml:6620:SRB-T-0002"]["at"], "reference": "biaya tiket pulang Rizky / ticket"},
        {"payer": "ZPRCCNSH:6222600110098765", "payerName": "王建国 Wang Jianguo", "hostage": "王磊 Wang Lei", "receiver": "ZMKBKHPP:002310911",
         "transfer": "ledger:CC-0009", "amount": "72000.00", "currency": "CNY", "sentAmount": "72000.00", "sentCurrency": "CNY",
         "receivedAmount": "10000.00", "receivedCurrency": "USD", "at": by_id["ledger:CC-0009"]["at"], "reference": "王磊 释放手续费 release fee"},
        {"payer": "ZAYBMMMY:0020199871", "payerName": "ဒေါ်ခင်မြတ် Daw Khin Myat", "hostage": "အောင်ကိုကို Aung Ko Ko", "receiver": "ZMKBKHPP:002310911",
         "transfer": "ledger:CC-0010", "amount": "3500.00", "currency": "USD", "sentAmount": "3500.00", "sentCurrency": "USD",
         "at": by_id["ledger:CC-0010"]["at"], "reference": "ကိုကို ကြွေးဆပ် debt Ko Ko"},
        {"payer": wallet_key("li-juan-tron"), "payerName": "李娟 Li Juan", "hostage": "李强 Li Qiang", "receiver": wallet_key("ransom-tron"),
         "transfer": tron_key["tron-08"], "amount": "12000.000000", "currency": "TRON:" + USDT_TRON, "sentAmount": "12000.000000",
         "sentCurrency": "USDT", "at": by_id[tron_key["tron-08"]]["at"], "reference": None},
    ]
    mules = {
        "ZMKBKHPP:002310457": "Sok Vannak: rents his account; victims' money in, forwarded to the shell and the OTC desk",
        "ZMKBKHPP:002310911": "Chea Sophal: victims' money and ransoms in, forwarded to the shell and the OTC desk",
        "ZSRBTHBK:4021187736": "Kittipong Saelim: ransoms in, all forwarded to the shell the next day",
    }
    truth = {
        "case": "compound-case",
        "fictional": True,
        "description": "Naga Garden scam compound (fictional): recruitment fees, pig-butchering, ransoms, mules, a peel chain, layered companies.",
        "transfers": transfers,
        "patterns": [
            {"type": "recruitment-fees", "description": "workers pay job 'fees' to the fake agency, which forwards them to the shell",
             "accounts": ["ZSRBTHBK:4021190015", "ZSLBVNVX:0451001122", "ZAYBMMMY:0020145566", "ZBNJIDJA:7310055120", "ZPRCCNSH:6222600110023456", "ZMKBKHPP:001220301"],
             "wallets": [], "transfers": ["ledger:CC-0001", "ledger:CC-0002", "ledger:CC-0003", "ledger:CC-0004", "ledger:CC-0005"], "laundering": True},
            {"type": "pig-butchering-bank", "description": "investment-fraud victims pay two mule accounts",
             "accounts": ["ZMKBKHPP:002310457", "ZMKBKHPP:002310911", "ZBTRMYKL:514022378812", "ZSRBTHBK:4029934410", "ZSLBVNVX:0451009876",
                          "ZBNJIDJA:7310042218", "ZBTRMYKL:514022401937", "ZSLBVNVX:0451011450"],
             "wallets": [], "transfers": [camt_id(c[0]) for c in CAMT if c[6] not in ("clean", None)] + ["ledger:CC-0007", "ledger:CC-0008"], "laundering": True},
            {"type": "pig-butchering-tron", "description": "victims pay USDT to the NagaFX deposit wallet and to a coerced worker's wallet",
             "accounts": [], "wallets": [wallet_key(w_) for w_ in ("liu-fang-tron", "nurul-huda-tron", "nguyen-van-binh-tron", "wanida-tron", "nagafx-tron-deposit", "hung-tron", "op-tron-collect")],
             "transfers": [tron_key[k] for k in ("tron-01", "tron-02", "tron-03", "tron-04", "tron-05", "tron-06", "tron-07")], "laundering": True},
            {"type": "pig-butchering-ethereum", "description": "victims pay USDT to the NagaFX deposit wallet and to a coerced worker's wallet; the operator cashes out at an exchange",
             "accounts": [], "wallets": [wallet_key(w_) for w_ in ("tan-wei-jie-eth", "nattaya-eth", "budi-eth", "nagafx-eth-deposit", "aung-ko-ko-eth", "op-eth-collect", "exchange-kapok-eth-deposit")],
             "transfers": [eth_key[k] for k in eth_key], "laundering": True},
            {"type": "ransom", "description": "families pay 3,000-20,000 USD for a relative's release, disguised as debt, fee, release or ticket",
             "accounts": ["ZSRBTHBK:4021187736", "ZMKBKHPP:002310911", "ZSLBVNVX:0451002233", "ZBNJIDJA:7310066301", "ZPRCCNSH:6222600110098765", "ZAYBMMMY:0020199871"],
             "wallets": [wallet_key("li-juan-tron"), wallet_key("ransom-tron")], "transfers": [r["transfer"] for r in ransoms], "laundering": True},
            {"type": "pass-through-mule", "description": "accounts that receive victims' money or ransoms and forward (nearly) all of it",
             "accounts": list(mules), "wallets": [wallet_key("hung-tron"), wallet_key("aung-ko-ko-eth")],
             "transfers": ["goaml:6620:SRB-T-0003", "goaml:4101:MKB-T-0001", "ledger:CC-0011", camt_id("MKB260305-0457-01"), camt_id("MKB260308-0457-01"),
                           tron_key["tron-04"], tron_key["tron-06"], eth_key["eth-03"], eth_key["eth-06"]], "laundering": True},
            {"type": "fan-in", "description": "the shell company collects from the three mules and the fake agency, then buys USDT at the OTC desk",
             "accounts": ["ZMKBKHPP:001220301", "ZMKBKHPP:002310457", "ZMKBKHPP:002310911", "ZSRBTHBK:4021187736", "ZSRBTHBK:4021190015", "ZMKBKHPP:009900001"],
             "wallets": [], "transfers": ["ledger:CC-0005", "goaml:6620:SRB-T-0003", "goaml:4101:MKB-T-0001", camt_id("MKB260305-0457-01"), "goaml:4101:MKB-T-0002"], "laundering": True},
            {"type": "peel-chain", "description": "the collection wallet sends 60,000 USDT down four hops, each peeling a small amount, ending at an exchange deposit address",
             "accounts": [], "wallets": [wallet_key(w_) for w_ in ("op-tron-collect", "peel-1", "peel-2", "peel-3", "peel-4", "exchange-kapok-tron-deposit")],
             "hops": [tron_key[k] for k in ("peel-0", "peel-1b", "peel-2b", "peel-3b", "peel-4")],
             "peels": [tron_key[k] for k in ("peel-1a", "peel-2a", "peel-3a")],
             "transfers": [tron_key[k] for k in tron_key if k.startswith("peel")], "laundering": True},
            {"type": "look-alike-remittance", "description": "a migrant worker's monthly remittance home, of ransom size: not laundering",
             "accounts": ["ZSRBTHBK:4025512300", "ZSLBVNVX:0451033456"], "wallets": [], "transfers": ["ledger:CC-0012", "ledger:CC-0013"], "laundering": False},
        ],
        "ransoms": ransoms,
        "mules": [{"account": k, "why": v} for k, v in mules.items()],
        "coercedWorkers": [
            {"name": "Trần Văn Hùng", "nationality": "VN", "wallet": wallet_key("hung-tron"), "recruitmentFee": "ledger:CC-0001",
             "why": "trafficked through a fake job offer (fee CC-0001); his own TRON wallet receives victims' USDT and forwards all of it to the operator's collection wallet; his mother pays a ransom; the Siam Riverside STR names him as a missing trafficking victim",
             "in": ["tron-03", "tron-05"], "out": ["tron-04", "tron-06"], "inTotal": "10500.000000", "outTotal": "10500.000000"},
            {"name": "အောင်ကိုကို Aung Ko Ko", "nationality": "MM", "wallet": wallet_key("aung-ko-ko-eth"), "recruitmentFee": "ledger:CC-0002",
             "why": "trafficked through a fake job offer (fee CC-0002); his own Ethereum wallet receives victims' USDT and forwards all of it to the operator's collection wallet; his mother pays a ransom",
             "in": ["eth-02", "eth-05"], "out": ["eth-03", "eth-06"], "inTotal": "11750.500000", "outTotal": "11750.500000"},
        ],
        "beneficialOwnership": {
            "operator": "陈国豪 CHEN Guohao",
            "paths": [
                ["Mekong Bright Trading Co., Ltd.", "Naga Garden Development Co., Ltd.", "Golden Naga Holdings Ltd", "Lotus Star Holdings Limited", "陈国豪 CHEN Guohao"],
                ["Siam Lotus Consulting Co., Ltd.", "Golden Naga Holdings Ltd", "Lotus Star Holdings Limited", "陈国豪 CHEN Guohao"],
            ],
            "cycle": ["Golden Naga Holdings Ltd", "Naga Garden Development Co., Ltd.", "Mekong Bright Trading Co., Ltd.", "Golden Naga Holdings Ltd"],
            "nominee": "สมศักดิ์ ทองดี Somsak Thongdee holds 51 % of Siam Lotus Consulting for the operator",
            "bankAccounts": {"ZMKBKHPP:001220301": "Mekong Bright Trading Co., Ltd.", "ZSRBTHBK:4021190015": "Siam Lotus Consulting Co., Ltd."},
        },
        "exchangeDepositWallets": [wallet_key(t_[0]) for t_ in tags if t_[3] == "exchange"],
        "operatorWallets": [wallet_key(t_[0]) for t_ in tags if t_[3] == "scam"],
        "restitution": {
            "account": M1,
            "frozenAt": utc(FREEZE),
            "frozen": money(frozen),
            "currency": "USD",
            "victims": [
                {"victim": v, "name": ACCOUNTS[c[3]][1], "account": c[3], "transfer": camt_id(c[0]), "paidIn": money(paid[v]),
                 "restitution": {m: money(methods[m].get(v, Fraction(0))) for m in ("poison", "haircut", "fifo", "lifo", "libr")}}
                for c in CAMT for v in [c[6]] if v not in ("clean", None)
            ],
            "accountHolderCleanFunds": {m: money(methods[m].get("clean", Fraction(0))) for m in ("poison", "haircut", "fifo", "lifo", "libr")},
        },
        "fxRateDays": [f"{d}:{c}" for d, c in rate_days],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    # the inputs of `flowtrace restitution` for the frozen account (layouts in docs/tracing.md)
    write("restitution/victims.csv", "victim,name,transfer\n" + "".join(
        f"{v['victim']},{v['name']},{v['transfer']}\n" for v in truth["restitution"]["victims"]))
    write("restitution/recovered.csv", "endpoint,amount,currency,frozen_at\n"
          + f"{M1},{money(frozen)},USD,{utc(FREEZE)}\n")
    for m in ("poison", "haircut", "fifo", "lifo", "libr"):
        print(m, {k: money(v) for k, v in methods[m].items()})
    print("frozen", money(frozen))


if __name__ == "__main__":
    main()

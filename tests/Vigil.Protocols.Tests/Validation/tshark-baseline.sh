#!/bin/bash
# Regenerates tshark-baseline.tsv (file<TAB>key<TAB>count): run from anywhere, with VIGIL_PCAPS or /work/shared/pcaps.
# idmp is disabled: its heuristic claims port 44818 streams in openics/EIP-ControlProtocolChangeAttempt.pcap (ENIP then goes undecoded).
# Hex codes tshark prints (enip.command, cip.sc) are converted to decimal by the final python step.
cd "${VIGIL_PCAPS:-/work/shared/pcaps}"
count() { # file filter field prefix
  tshark -r "$1" --disable-protocol idmp -Y "$2" -T fields -e "$3" 2>/dev/null | tr ',' '\n' | grep -v '^$' | sort | uniq -c | awk -v f="$1" -v p="$4" '{print f"\t"p$2"\t"$1}'
}
find . -name '*.pcap*' | sed 's|^\./||' | sort | while read -r f; do
  count "$f" "modbus && tcp.dstport==502" modbus.func_code "modbus/"
  count "$f" "s7comm.header.rosctr==1" s7comm.param.func "s7comm/job/"
  tshark -r "$f" --disable-protocol idmp -Y "s7comm.param.userdata.type==4" -T fields -e s7comm.param.userdata.funcgroup -e s7comm.param.userdata.subfunc 2>/dev/null | awk -v f="$f" '{c["s7comm/userdata/"$1"/"$2]++} END{for(k in c) print f"\t"k"\t"c[k]}'
  count "$f" "s7comm.param.userdata.type==4" s7comm.data.userdata.szl_id "s7comm/szl/"
  count "$f" "dnp3.al.func < 129" dnp3.al.func "dnp3/"
  count "$f" "enip && (tcp.dstport==44818 || udp.dstport==44818)" enip.command "enip/"
  count "$f" "cip.rr==0" cip.sc "cip/"
  count "$f" "bacapp.type==0" bacapp.confirmed_service "bacnet/confirmed/"
  count "$f" "bacapp.type==1" bacapp.unconfirmed_service "bacnet/unconfirmed/"
  count "$f" "iec60870_asdu && tcp.dstport==2404" iec60870_asdu.typeid "iec104/"
  count "$f" "mms" mms.confirmedServiceRequest "mms/"
done | python3 -c '
import sys
agg = {}
for line in sys.stdin:
    f, k, c = line.rstrip("\n").split("\t")
    k = "/".join(str(int(p, 16)) if p.startswith("0x") else p for p in k.split("/"))
    agg[(f, k)] = agg.get((f, k), 0) + int(c)
for (f, k), c in sorted(agg.items()):
    print(f"{f}\t{k}\t{c}")
'

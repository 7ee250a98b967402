using Vigil.Protocols.Facts;
using Vigil.Protocols.It.Tls;

namespace Vigil.Protocols.It.Rdp;

/// <summary>
/// RDP over one TCP flow: reads the X.224 Connection Request (mstshash cookie, requested
/// protocols) and Confirm (selected protocol); when a direction then starts a TLS handshake
/// (enhanced security: TLS, CredSSP, RDSTLS) its bytes go to a <see cref="TlsParser"/>, so the
/// server certificate and the ClientHello are recorded too. Standard RDP security is not parsed.
/// </summary>
public sealed class RdpParser : IStreamParser
{
    private const string Protocol = "rdp";
    private const int MaxConnectionPacket = 4096;
    private readonly FlowBuffer[] _pending = [new(MaxConnectionPacket), new(MaxConnectionPacket)];
    private readonly RdpPhase[] _phases = [RdpPhase.Connection, RdpPhase.Connection];
    private readonly TlsParser _tls = new();

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var side = (int)direction;
        if (_phases[side] == RdpPhase.Connection)
        {
            var input = _pending[side].Prepend(data);
            var length = X224Reader.TpktLength(input);
            if (length == 0 || (length > 0 && input.Length < length))
            {
                if (!_pending[side].Retain(input))
                {
                    Stop(side, "buffer_overflow", timestampNs, facts);
                }
                return;
            }
            if (length < 0)
            {
                // Some clients go straight to TLS; anything else is not RDP as we know it.
                _phases[side] = input[0] == TlsRecordLayer.Handshake ? RdpPhase.Tls : RdpPhase.Done;
                if (_phases[side] == RdpPhase.Done)
                {
                    facts.AddAnomaly(Protocol, "invalid_tpkt", timestampNs);
                }
                _pending[side].Clear();
                ForwardAfterConnection(direction, input, timestampNs, facts);
                return;
            }
            OnConnectionPacket(direction, input[..length], timestampNs, facts);
            _pending[side].Clear();
            _phases[side] = RdpPhase.AfterConnection;
            // The rest may alias our pending buffer; the TLS parser copies what it keeps, so that is safe.
            data = input[length..];
        }
        ForwardAfterConnection(direction, data, timestampNs, facts);
    }

    public void OnGap(Direction direction)
    {
        _pending[(int)direction].Clear();
        _tls.OnGap(direction);
    }

    private void ForwardAfterConnection(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var side = (int)direction;
        if (data.IsEmpty)
        {
            return;
        }
        if (_phases[side] == RdpPhase.AfterConnection)
        {
            _phases[side] = data[0] == TlsRecordLayer.Handshake ? RdpPhase.Tls : RdpPhase.Done;
        }
        if (_phases[side] == RdpPhase.Tls)
        {
            _tls.Feed(direction, data, timestampNs, facts);
        }
    }

    private static void OnConnectionPacket(Direction direction, ReadOnlySpan<byte> packet, long timestampNs, FlowFacts facts)
    {
        var code = X224Reader.TpduCode(packet);
        var rdp = facts.Rdp ??= new RdpFacts();
        if (code == X224Reader.ConnectionRequest && direction == Direction.FromOriginator)
        {
            facts.AddOperation("rdp/connection_request");
            if (!X224Reader.TryReadRequest(X224Reader.VariablePart(packet), out var cookie, out var requested))
            {
                facts.AddAnomaly(Protocol, "malformed_cookie", timestampNs);
                return;
            }
            rdp.Cookie = cookie;
            rdp.RequestedProtocols = requested;
        }
        else if (code == X224Reader.ConnectionConfirm && direction == Direction.FromResponder)
        {
            facts.AddOperation("rdp/connection_confirm");
            X224Reader.ReadConfirm(X224Reader.VariablePart(packet), out var selected, out var failure);
            rdp.SelectedProtocol = selected;
            rdp.NegotiationFailure = failure;
        }
        else
        {
            facts.AddAnomaly(Protocol, "unexpected_tpdu", timestampNs);
        }
    }

    private void Stop(int side, string kind, long timestampNs, FlowFacts facts)
    {
        facts.AddAnomaly(Protocol, kind, timestampNs);
        _pending[side].Clear();
        _phases[side] = RdpPhase.Done;
    }
}

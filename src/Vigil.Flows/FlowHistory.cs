using System.Runtime.CompilerServices;

namespace Vigil.Flows;

/// <summary>
/// A Zeek-style history: one letter per kind of event, upper case from the originator, lower case
/// from the responder, each recorded the first time it happens in that direction (Zeek repeats
/// S/H/F/R on new sequence numbers and counts c/g/t/w logarithmically; one occurrence is enough
/// for our models). Letters: S syn, H syn-ack, A pure ack, D data, F fin, R rst, T retransmitted
/// data, G content gap, Q syn+fin or syn+rst, I fin+rst, and a leading ^ when the originator was
/// chosen against the first packet's direction. Held inline; the string is built only on reports.
/// </summary>
internal struct FlowHistory
{
    /// <summary>More than the distinct letters can fill, so nothing is ever dropped in practice.</summary>
    public const int Capacity = 24;

    private const int FlipBit = 52;

    private Letters _letters;
    private ulong _seen;
    private int _length;
    private string? _text;

    /// <summary>Records a letter once; the case says the direction.</summary>
    public void Add(char letter)
    {
        var bit = 1UL << BitOf(letter);
        if ((_seen & bit) != 0)
        {
            return;
        }
        _seen |= bit;
        if (_length < Capacity)
        {
            _letters[_length++] = letter;
            _text = null;
        }
    }

    /// <summary>Records <paramref name="upper"/> as sent by the originator, or its lower case as sent by the responder.</summary>
    public void Add(bool fromOriginator, char upper) => Add(fromOriginator ? upper : (char)(upper | 0x20));

    /// <summary>
    /// Zeek's test for RSTOS0, <c>^?S[^HAFGIQ]*R.*</c>: the originator's SYN came first, then its RST,
    /// with no originator SYN-ACK, ACK, FIN, gap or odd flags in between.
    /// </summary>
    public readonly bool LooksLikeSynThenOriginatorRst()
    {
        ReadOnlySpan<char> letters = _letters;
        letters = letters[.._length];
        var i = letters.Length > 0 && letters[0] == '^' ? 1 : 0;
        if (i >= letters.Length || letters[i] != 'S')
        {
            return false;
        }
        for (i++; i < letters.Length; i++)
        {
            switch (letters[i])
            {
                case 'R':
                    return true;
                case 'H' or 'A' or 'F' or 'G' or 'I' or 'Q':
                    return false;
            }
        }
        return false;
    }

    /// <summary>The letters as a string; cached until the next new letter.</summary>
    public string Materialize()
    {
        if (_text is null)
        {
            ReadOnlySpan<char> letters = _letters;
            _text = _length == 0 ? "" : new string(letters[.._length]);
        }
        return _text;
    }

    private static int BitOf(char letter) => letter switch
    {
        >= 'A' and <= 'Z' => letter - 'A',
        >= 'a' and <= 'z' => 26 + letter - 'a',
        _ => FlipBit,
    };

    [InlineArray(Capacity)]
    private struct Letters
    {
        private char _element0;
    }
}

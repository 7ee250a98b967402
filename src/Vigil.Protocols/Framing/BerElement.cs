namespace Vigil.Protocols.Framing;

/// <summary>One BER (X.690) element: its tag and its content bytes.</summary>
public readonly ref struct BerElement
{
    public BerElement(byte tagClass, bool constructed, int tagNumber, ReadOnlySpan<byte> content)
    {
        TagClass = tagClass;
        Constructed = constructed;
        TagNumber = tagNumber;
        Content = content;
    }

    /// <summary>0 universal, 1 application, 2 context-specific, 3 private.</summary>
    public byte TagClass { get; }

    public bool Constructed { get; }
    public int TagNumber { get; }
    public ReadOnlySpan<byte> Content { get; }
}

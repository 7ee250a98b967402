using System.Text.Json;

namespace Vigil.Statistics.Tests;

/// <summary>System.Text.Json with default options, as the grains' storage would use it.</summary>
internal static class Json
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Serializes and reads back; the second serialization must match the first.</summary>
    public static T RoundTrip<T>(T value)
    {
        string json = Serialize(value);
        var copy = JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException("null from JSON");
        Assert.Equal(json, Serialize(copy));
        return copy;
    }
}

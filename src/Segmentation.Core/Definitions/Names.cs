using System.Runtime.CompilerServices;

namespace Segmentation.Definitions;

/// <summary>Argument checks shared by the criteria constructors.</summary>
internal static class Names
{
    /// <summary>The longest field, segment or criterion name accepted.</summary>
    internal const int MaxLength = 256;

    internal static string Field(string name, [CallerArgumentExpression(nameof(name))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, paramName);
        if (name.Length > MaxLength)
        {
            throw new ArgumentException($"Names are at most {MaxLength} characters long.", paramName);
        }

        return name;
    }

    internal static TEnum Defined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
}

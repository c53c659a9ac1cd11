using System.Globalization;

namespace Segmentation.Cli.Commands;

/// <summary>
/// Number options are bound as text and parsed here: the parser's own conversion ends with
/// "Failed to convert 'abc' to Int32.", which names neither the option nor the form it takes.
/// Settings check the text in <c>Validate</c> (with a message naming the option and its range)
/// and read the value through <see cref="Whole"/> or <see cref="Real"/>.
/// </summary>
internal static class NumberOptions
{
    /// <summary>Parses a whole number (optional sign, invariant digits); <see langword="null"/> for other text or a value outside <see cref="int"/>.</summary>
    public static int? TryWhole(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Parses a finite number ('.' for decimals, an exponent allowed); <see langword="null"/> for other text.</summary>
    public static double? TryReal(string? text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>The whole number of an option that <c>Validate</c> has checked.</summary>
    /// <exception cref="UsageException">The text is not a whole number (only when read without validation).</exception>
    public static int Whole(string text, string option) =>
        TryWhole(text) ?? throw new UsageException(NotWhole(option, text));

    /// <summary>The number of an option that <c>Validate</c> has checked.</summary>
    /// <exception cref="UsageException">The text is not a number (only when read without validation).</exception>
    public static double Real(string text, string option) =>
        TryReal(text) ?? throw new UsageException($"{option} '{text}' is not a number.");

    /// <summary>The start of the message for a value that is not a whole number.</summary>
    public static string NotWhole(string option, string text) => $"{option} '{text}' is not a whole number";
}

using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>The contract's default field formats (the library's <see cref="DateText"/> and <see cref="MoneyText"/>): ISO dates or date-times, invariant numbers.</summary>
internal static class CsvValues
{
    /// <summary>Parses <c>yyyy-MM-dd</c>, or an ISO 8601 date-time (<see cref="DateText.TryIso{TChar}"/>).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) => DateText.TryIso(text, out date);

    /// <summary>Parses an amount exactly (the library's <see cref="MoneyText"/>): '.' decimals, optional exponent, no thousands separators.</summary>
    public static MoneyParse TryParseAmount(ReadOnlySpan<char> text, out decimal amount) => MoneyText.TryParse(text, out amount);
}

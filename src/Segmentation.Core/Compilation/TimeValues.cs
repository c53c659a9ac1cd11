namespace Segmentation.Compilation;

/// <summary>Converts instants to the CLR type of a date field.</summary>
internal static class TimeValues
{
    /// <summary>
    /// <see cref="DateTime"/> fields are taken to hold UTC; <see cref="DateOnly"/> fields compare with
    /// the calendar date of the instant in its own offset (the as-of instant's date as given).
    /// <see cref="DateTimeOffset"/> values are the same instant in UTC: comparisons read only the
    /// instant, and providers such as Npgsql accept only offset 0 for <c>timestamptz</c> parameters.
    /// </summary>
    internal static object ToFieldType(DateTimeOffset instant, Type target)
    {
        if (target == typeof(DateTime))
        {
            return instant.UtcDateTime;
        }

        return target == typeof(DateOnly) ? DateOnly.FromDateTime(instant.DateTime) : instant.ToUniversalTime();
    }
}

namespace Segmentation.Compilation;

/// <summary>The birth-date bounds of age bands, computed in C# from the as-of instant.</summary>
internal static class AgeBounds
{
    /// <summary>The calendar date of the as-of instant in its own offset, as for <see cref="DateOnly"/> time windows.</summary>
    internal static DateOnly AsOfDate(DateTimeOffset asOf) => DateOnly.FromDateTime(asOf.DateTime);

    /// <summary>
    /// The earliest birth date of someone who is not yet <paramref name="years"/> old on the as-of date:
    /// a person is at least that old exactly when born before it. <see cref="DateOnly.AddYears"/> maps
    /// 29 February to 28 February, so leap-day birthdays count from 1 March in other years.
    /// </summary>
    internal static DateOnly BornBefore(DateTimeOffset asOf, int years)
    {
        var date = AsOfDate(asOf);
        if (date.Year - years < 1)
        {
            return DateOnly.MinValue;
        }

        var birthday = date.AddYears(-years);
        return birthday == DateOnly.MaxValue ? birthday : birthday.AddDays(1);
    }

    /// <summary>A date bound as a value of the birth field's type: UTC midnight for date-time fields.</summary>
    internal static object ToFieldType(DateOnly date, Type target)
    {
        if (target == typeof(DateOnly))
        {
            return date;
        }

        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return target == typeof(DateTime) ? midnight : new DateTimeOffset(midnight, TimeSpan.Zero);
    }

    /// <summary>The age in whole years on <paramref name="asOfDate"/>, for explanations; <see langword="null"/> without a birth date.</summary>
    internal static int? Years(object? birth, DateOnly asOfDate)
    {
        DateOnly? date = birth switch
        {
            DateOnly d => d,
            DateTime d => DateOnly.FromDateTime(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d),
            DateTimeOffset d => DateOnly.FromDateTime(d.UtcDateTime),
            _ => null,
        };
        if (date is not { } born)
        {
            return null;
        }

        var years = asOfDate.Year - born.Year;
        var birthday = born.AddYears(years);
        if (birthday.Day != born.Day)
        {
            // 29 February in a year without one: the birthday is taken to be 1 March.
            birthday = birthday.AddDays(1);
        }

        return asOfDate < birthday ? years - 1 : years;
    }
}

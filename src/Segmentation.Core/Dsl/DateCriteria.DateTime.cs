using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of <see cref="DateTime"/> fields.</summary>
public static partial class DateCriteria
{
    /// <summary>The field is before the value (<c>&lt;</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The date-time (unspecified kind is read as UTC).</param>
    /// <returns>The chain.</returns>
    public static TNext Before<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime value) =>
        Operators.Compare(field, ComparisonOperator.LessThan, value);

    /// <summary>The field is on or before the value (<c>&lt;=</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The date-time (unspecified kind is read as UTC).</param>
    /// <returns>The chain.</returns>
    public static TNext OnOrBefore<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime value) =>
        Operators.Compare(field, ComparisonOperator.LessThanOrEqual, value);

    /// <summary>The field is after the value (<c>&gt;</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The date-time (unspecified kind is read as UTC).</param>
    /// <returns>The chain.</returns>
    public static TNext After<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime value) =>
        Operators.Compare(field, ComparisonOperator.GreaterThan, value);

    /// <summary>The field is on or after the value (<c>&gt;=</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The date-time (unspecified kind is read as UTC).</param>
    /// <returns>The chain.</returns>
    public static TNext OnOrAfter<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime value) =>
        Operators.Compare(field, ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>The field equals the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The date-time (unspecified kind is read as UTC).</param>
    /// <returns>The chain.</returns>
    public static TNext EqualTo<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime value) =>
        Operators.Compare(field, ComparisonOperator.Equal, value);

    /// <summary>The field lies between two values, both included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="from">The first matching date-time (unspecified kind is read as UTC).</param>
    /// <param name="to">The last matching date-time (unspecified kind is read as UTC); <c>Build()</c> rejects it before <paramref name="from"/>.</param>
    /// <returns>The chain.</returns>
    public static TNext Between<TNext>(this IFieldBuilder<TNext, DateTime> field, DateTime from, DateTime to) =>
        Operators.Between(field, from, to);

    /// <summary>The field falls in the last <paramref name="amount"/> units up to the as-of instant, both ends included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="amount">How many units; zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException"><paramref name="amount"/> is negative; the location names the segment and criterion.</exception>
    public static TNext WithinLast<TNext>(this IFieldBuilder<TNext, DateTime> field, int amount, TimeUnit unit) =>
        Operators.Window(field, () => TimeWindow.Last(amount, unit));

    /// <summary>The field is more than <paramref name="amount"/> units before the as-of instant.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="amount">How many units; zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException"><paramref name="amount"/> is negative; the location names the segment and criterion.</exception>
    public static TNext OlderThan<TNext>(this IFieldBuilder<TNext, DateTime> field, int amount, TimeUnit unit) =>
        Operators.Window(field, () => TimeWindow.OlderThan(amount, unit));

    /// <summary>The field falls in a time window (relative, or fixed between two instants).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="window">The window, e.g. <c>TimeWindow.Between(from, to)</c>.</param>
    /// <returns>The chain.</returns>
    public static TNext InWindow<TNext>(this IFieldBuilder<TNext, DateTime> field, TimeWindow window) =>
        Operators.Window(field, window);
}

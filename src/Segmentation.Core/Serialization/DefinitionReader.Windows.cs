using System.Globalization;
using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Reading of time windows and aggregates.</summary>
internal sealed partial class DefinitionReader
{
    private const string WindowShapes = "{\"last\": N, \"unit\": ...}, {\"olderThan\": N, \"unit\": ...} or {\"from\": \"<ISO instant>\", \"to\": \"<ISO instant>\"}";

    private AggregateCriterion ReadAggregate(ObjectProperties p, int depth)
    {
        var collection = ReadName(p.Required(Collection, "the catalog name of a child collection"), p.PathOf(Collection), "a collection name");
        var function = ReadEnum<AggregateFunction>(p, Function, JsonNames.TryParse, JsonNames.Of);
        var hasField = p.TryGet(Field, out var fieldElement);
        Check(p, DefinitionRules.AggregateField(function, hasField, Field));
        var field = hasField ? ReadName(fieldElement, p.PathOf(Field), "a field name") : null;

        var op = ReadComparison(p);
        var value = ReadValue(p, Value);
        var filter = p.TryGet(Filter, out var filterElement) ? ReadCriterion(filterElement, p.PathOf(Filter), depth + 1) : null;
        TimeWindowCriterion? window = null;
        if (p.TryGet(Window, out var windowElement))
        {
            var w = ObjectProperties.Read(windowElement, p.PathOf(Window), Kinds.AggregateWindowProperties, "an aggregate window");
            window = new TimeWindowCriterion(ReadField(w), ReadWindow(w));
        }

        return new AggregateCriterion(collection, function, field, op, value, filter, window);
    }

    private static TimeWindow ReadWindow(ObjectProperties p)
    {
        var hasLast = p.Has(Last);
        var hasOlder = p.Has(OlderThan);
        var hasFixed = p.Has(From) || p.Has(To);
        if ((hasLast ? 1 : 0) + (hasOlder ? 1 : 0) + (hasFixed ? 1 : 0) != 1)
        {
            var problem = hasLast || hasOlder || hasFixed ? "the window mixes several shapes." : "the window has no last, olderThan or from/to.";
            throw new DefinitionException(p.Path, problem, $"Expected exactly one of {WindowShapes}.");
        }

        if (hasFixed)
        {
            if (p.Has(Unit))
            {
                throw new DefinitionException(p.PathOf(Unit), "a unit is given for a window between two instants.", "Expected \"unit\" only with last or olderThan.");
            }

            var from = ReadInstant(p, From);
            var to = ReadInstant(p, To);
            Check(p, DefinitionRules.WindowOrder(from, to));
            return TimeWindow.Between(from, to);
        }

        var property = hasLast ? Last : OlderThan;
        var amountElement = p.Required(property, "a whole number");
        if (amountElement.ValueKind != JsonValueKind.Number || !amountElement.TryGetInt32(out var amount))
        {
            throw ReadErrors.WrongToken(p.PathOf(property), amountElement, $"a whole number from 0 to {int.MaxValue}");
        }

        Check(p, DefinitionRules.WindowAmount(amount, property));

        var unit = ReadEnum<TimeUnit>(p, Unit, JsonNames.TryParse, JsonNames.Of);
        return hasLast ? TimeWindow.Last(amount, unit) : TimeWindow.OlderThan(amount, unit);
    }

    private static DateTimeOffset ReadInstant(ObjectProperties p, string property)
    {
        const string Expected = "an ISO 8601 instant such as \"2024-05-01T00:00:00Z\"";
        var path = p.PathOf(property);
        var element = p.Required(property, Expected);
        var text = ReadString(element, path, Expected);

        // The ISO check is STJ's; parsing again with AssumeUniversal makes a missing offset mean UTC
        // (as the binder does for date fields) rather than the machine's zone.
        if (!element.TryGetDateTimeOffset(out _)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new DefinitionException(path, $"{ReadErrors.Quote(text)} is not an ISO 8601 instant.", $"Expected {Expected}.");
        }

        return instant;
    }

    private static TEnum ReadEnum<TEnum>(ObjectProperties p, string property, TryParseName<TEnum> parse, Func<TEnum, string> of)
        where TEnum : struct, Enum
    {
        var expected = "one of " + JsonNames.All(of);
        var text = ReadString(p.Required(property, expected), p.PathOf(property), expected);
        return parse(text, out var value)
            ? value
            : throw new DefinitionException(p.PathOf(property), $"{ReadErrors.Quote(text)} is not a valid \"{property}\" of {p.What}.", $"Expected {expected}.");
    }
}

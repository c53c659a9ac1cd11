using Segmentation.Catalog;

namespace Segmentation.Definitions;

/// <summary>
/// A consent test as the criteria it means: "count(consents where channel = X, given by the as-of
/// instant [and since D], not withdrawn by it) &gt;= 1". Compilation, query translation and the
/// explained value reuse the aggregate's code, so consent behaves the same in memory and in a database.
/// </summary>
internal static class ConsentLowering
{
    internal static AggregateCriterion Lower(ConsentCriterion consent, FieldCatalog catalog)
    {
        var elements = catalog.FindField(consent.Field)?.ElementCatalog;
        List<Criterion> filter =
        [
            new ComparisonCriterion(ConsentCriterion.ChannelField, ComparisonOperator.Equal, SegmentValue.FromString(consent.Channel)),
            AtOrBeforeAsOf(ConsentCriterion.GivenAtField),
        ];
        if (consent.GivenSince is { } since)
        {
            filter.Add(new ComparisonCriterion(ConsentCriterion.GivenAtField, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromDateTime(since)));
        }

        if (elements?.FindField(ConsentCriterion.WithdrawnAtField) is not null)
        {
            filter.Add(new AnyCriterion(
                new NullCheckCriterion(ConsentCriterion.WithdrawnAtField, isNull: true),
                new NotCriterion(AtOrBeforeAsOf(ConsentCriterion.WithdrawnAtField))));
        }

        return new AggregateCriterion(consent.Field, AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(1), new AllCriterion(filter));
    }

    // "value <= asOf" from the relative windows: older than 0 days is "< asOf", the last 0 days is "= asOf".
    private static AnyCriterion AtOrBeforeAsOf(string field) => new(
        new TimeWindowCriterion(field, TimeWindow.OlderThan(0, TimeUnit.Days)),
        new TimeWindowCriterion(field, TimeWindow.Last(0, TimeUnit.Days)));
}

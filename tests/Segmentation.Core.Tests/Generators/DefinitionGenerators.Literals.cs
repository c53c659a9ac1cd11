using FsCheck;
using FsCheck.Fluent;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Tests.Generators;

/// <summary>
/// The same definition with other literals, as far as the compiled shape allows: the cache-key laws
/// of <c>CompileCacheLawTests</c>. Kept as they are: strings tested for equality on string fields
/// (constants in memory), which bounds of an age band are given, whether a radius test has a
/// longitude box, the number of distinct values of an in-list; numbers stay whole (they then lower
/// to a comparison in every numeric type).
/// </summary>
public static partial class DefinitionGenerators
{
    private static readonly string[] Tiers = ["Bronze", "Silver", "Gold"];

    /// <summary>Any criterion of any kind over <c>Catalogs.CustomerWithCriteria</c>, composites one level deep.</summary>
    public static Gen<Criterion> AnyKind => Gen.OneOf(ByKind.Values);

    /// <summary>The criterion with other literals: the same compiled shape, or, with <paramref name="strings"/>, other equality strings too.</summary>
    public static Gen<Criterion> OtherLiterals(Criterion criterion, bool strings = false) => criterion switch
    {
        AllCriterion all => Gen.CollectToArray(all.Criteria, c => OtherLiterals(c, strings)).Select(c => (Criterion)new AllCriterion(c)),
        AnyCriterion any => Gen.CollectToArray(any.Criteria, c => OtherLiterals(c, strings)).Select(c => (Criterion)new AnyCriterion(c)),
        NotCriterion not => OtherLiterals(not.Criterion, strings).Select(c => (Criterion)new NotCriterion(c)),
        ComparisonCriterion c => OtherValue(c.Field, c.Value, strings).Select(v => (Criterion)new ComparisonCriterion(c.Field, c.Operator, v)),
        BetweenCriterion b => from x in OtherValue(b.Field, b.Low, strings)
                              from y in OtherValue(b.Field, b.High, strings)
                              let swap = Order(x, y)
                              select (Criterion)new BetweenCriterion(b.Field, swap ? y : x, swap ? x : y),
        InCriterion i => OtherList(i, strings).Select(v => (Criterion)new InCriterion(i.Field, v, i.Negated)),
        TextCriterion t => Gen.Elements("", "a", "Ada", "OS", "zz").Select(v => (Criterion)new TextCriterion(t.Field, t.Operator, v, t.IgnoreCase)),
        SetCriterion s => Gen.NonEmptyListOf(Gen.Elements(Domains.Tags)).Select(v => (Criterion)new SetCriterion(s.Field, s.Operator, v)),
        TimeWindowCriterion w => OtherWindow(w.Window).Select(v => (Criterion)new TimeWindowCriterion(w.Field, v)),
        AgeCriterion a => from min in Gen.Choose(0, 100)
                          from span in Gen.Choose(0, 100)
                          select (Criterion)new AgeCriterion(a.Field, a.MinYears is null ? null : min, a.MaxYears is null ? null : min + span),
        GeoRadiusCriterion g => OtherCircle(g),
        ConsentCriterion c => from since in c.GivenSince is null ? Gen.Constant<DateTimeOffset?>(null) : CustomerGenerators.Instant.Select(i => (DateTimeOffset?)i)
                              from channel in strings ? Gen.Elements("email", "sms") : Gen.Constant(c.Channel)
                              select (Criterion)new ConsentCriterion(c.Field, channel, since),
        AggregateCriterion a => from value in Gen.Choose(0, a.Function == AggregateFunction.Count ? 6 : 1500)
                                from filter in a.Filter is null ? Gen.Constant<Criterion?>(null) : OtherLiterals(a.Filter, strings).Select(f => (Criterion?)f)
                                from window in a.Window is null ? Gen.Constant<TimeWindowCriterion?>(null) : OtherWindow(a.Window.Window).Select(w => (TimeWindowCriterion?)new TimeWindowCriterion(a.Window.Field, w))
                                select (Criterion)new AggregateCriterion(a.Collection, a.Function, a.ValueField, a.Operator, SegmentValue.FromNumber(value), filter, window),
        CustomCriterion { Arguments.Count: 0 } custom => Gen.Constant<Criterion>(custom),
        CustomCriterion custom => Gen.Choose(0, 1200).Select(min => (Criterion)new CustomCriterion(custom.Name, [new("min", SegmentValue.FromNumber(min))])),
        _ => Gen.Constant(criterion),
    };

    private static bool Order(SegmentValue x, SegmentValue y) => x.Kind switch
    {
        ValueKind.Number => x.Number > y.Number,
        ValueKind.DateTime => x.DateTime > y.DateTime,
        _ => x.Date > y.Date,
    };

    private static Gen<SegmentValue> OtherValue(string field, SegmentValue value, bool strings) => value.Kind switch
    {
        ValueKind.Number => Gen.Choose(-100, 2000).Select(n => SegmentValue.FromNumber(n)),
        ValueKind.Boolean => Gen.Elements(false, true).Select(SegmentValue.FromBoolean),
        ValueKind.DateTime => Instant,
        ValueKind.Date => Gen.Choose(0, 25_000).Select(d => SegmentValue.FromDate(new DateOnly(1940, 1, 1).AddDays(d))),
        _ when field == "tier" => Gen.Elements(Tiers).Select(SegmentValue.FromString),
        _ when strings => Gen.Elements(StringsOf(field)).Select(SegmentValue.FromString),
        _ => Gen.Constant(value),
    };

    /// <summary>Whole numbers shifted and enum names permuted keep the count of distinct values; other strings stay.</summary>
    private static Gen<SegmentValue[]> OtherList(InCriterion node, bool strings)
    {
        if (node.Values[0].Kind == ValueKind.Number)
        {
            return Gen.Choose(-10, 10).Select(shift => node.Values.Select(v => SegmentValue.FromNumber(v.Number + shift)).ToArray());
        }

        if (node.Field != "tier" && strings)
        {
            return Gen.NonEmptyListOf(Gen.Elements(StringsOf(node.Field))).Select(v => v.Select(SegmentValue.FromString).ToArray());
        }

        return node.Field != "tier"
            ? Gen.Constant(node.Values.ToArray())
            : Gen.Shuffle(Tiers).Select(p => node.Values.Select(v => SegmentValue.FromString(p[Array.IndexOf(Tiers, v.String)])).ToArray());
    }

    private static string[] StringsOf(string field) => field switch
    {
        "country" => Domains.Countries,
        "name" => Domains.Names,
        "address.city" => Domains.Cities,
        _ => Domains.Channels,
    };

    private static Gen<TimeWindow> OtherWindow(TimeWindow window) => window.Kind switch
    {
        TimeWindowKind.Last => from amount in Gen.Choose(0, 400)
                               from unit in Gen.Elements(Enum.GetValues<TimeUnit>())
                               select TimeWindow.Last(amount, unit),
        TimeWindowKind.OlderThan => from amount in Gen.Choose(0, 400)
                                    from unit in Gen.Elements(Enum.GetValues<TimeUnit>())
                                    select TimeWindow.OlderThan(amount, unit),
        _ => from a in CustomerGenerators.Instant
             from b in CustomerGenerators.Instant
             select TimeWindow.Between(a < b ? a : b, a < b ? b : a),
    };

    private static Gen<Criterion> OtherCircle(GeoRadiusCriterion node)
    {
        var hasBox = GeoGeometry.For(node).HasLongitudeBox;
        double[] radii = [0.5, 5.0, 50.0, 300.0, 1000.0, 5000.0, 25000.0];
        var alike = Domains.Locations
            .SelectMany(p => radii.Select(r => new GeoRadiusCriterion(node.LatitudeField, node.LongitudeField, p.Latitude, p.Longitude, r)))
            .Where(c => GeoGeometry.For(c).HasLongitudeBox == hasBox)
            .ToArray();
        return Gen.Elements<Criterion>(alike);
    }
}

using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Compilation;

/// <summary>
/// The laws of the compiler's cache of in-memory delegates, keyed by (catalog, record type, shape).
/// The shape is the bound tree with its literals abstracted, except what the delegate's code depends
/// on: strings tested for equality on string fields (constants in memory), the lowering of a number
/// to the field's type, the distinct values of a short in-list, which bounds an age band has and
/// whether a radius test has a longitude box. <see cref="ShapeOf"/> states that key independently of
/// the compiler; the laws: a cached delegate behaves as a fresh compile, and two definitions share an
/// entry exactly when their shapes are equal.
/// </summary>
public sealed class CompileCacheLawTests
{
    private const int SmallList = 4;
    private static readonly DateTimeOffset AsOf = Domains.AsOf;
    private static readonly FieldCatalog Catalog = Catalogs.CustomerWithCriteria;
    private static readonly Dictionary<string, SegmentDefinition> References = new(StringComparer.Ordinal) { [DefinitionGenerators.ReferencedSegment.Name] = DefinitionGenerators.ReferencedSegment };

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 80)]
    public void CachedDelegate_AfterAnotherDefinition_BehavesAsAFreshCompile(CriterionPair pair, Customer[] customers)
    {
        var compiler = new SegmentCompiler();
        compiler.Compile<Customer>(Definition(pair.First), Catalog, References);
        var cached = compiler.Compile<Customer>(Definition(pair.Second), Catalog, References);
        var fresh = new SegmentCompiler().Compile<Customer>(Definition(pair.Second), Catalog, References);

        Assert.Equal(customers.Select(c => fresh.IsMatch(c, AsOf)), customers.Select(c => cached.IsMatch(c, AsOf)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 30)]
    public void CachedFusedSet_AfterAnotherSet_BehavesAsAFreshCompile(CriterionPair pair, Customer[] customers)
    {
        var compiler = new SegmentCompiler();
        SegmentSet<Customer>.AllMatches([Definition(pair.First, "a"), Definition(pair.Second, "b")], Catalog, compiler, References);
        var cached = SegmentSet<Customer>.AllMatches([Definition(pair.Second, "a"), Definition(pair.First, "b")], Catalog, compiler, References);
        var fresh = SegmentSet<Customer>.AllMatches([Definition(pair.Second, "a"), Definition(pair.First, "b")], Catalog, new SegmentCompiler(), References);

        Assert.Equal(fresh.Evaluate(customers, AsOf).Select(m => m.Membership), cached.Evaluate(customers, AsOf).Select(m => m.Membership));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void OtherLiterals_OfTheSameShape_ShareOneEntry(LiteralVariants variants)
    {
        var compiler = new SegmentCompiler();
        compiler.Compile<Customer>(Definition(variants.Original), Catalog, References);
        compiler.Compile<Customer>(Definition(variants.Other), Catalog, References);

        Assert.Equal(ShapeOf(variants.Original), ShapeOf(variants.Other));
        Assert.Equal(1, compiler.CacheMisses);
        Assert.Equal(1, compiler.CacheHits);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Entries_AreSharedExactlyWhenTheShapesAreEqual(CriterionPair pair)
    {
        var compiler = new SegmentCompiler();
        compiler.Compile<Customer>(Definition(pair.First), Catalog, References);
        compiler.Compile<Customer>(Definition(pair.Second), Catalog, References);

        var sameShape = ShapeOf(pair.First) == ShapeOf(pair.Second);
        Assert.True(sameShape == (compiler.CacheMisses == 1), $"shapes {(sameShape ? "equal" : "differ")}: {ShapeOf(pair.First)} / {ShapeOf(pair.Second)}; {compiler.CacheMisses} entries");
    }

    [Fact]
    public void Compile_SameDefinitionWithAnotherCatalog_TakesItsOwnEntry()
    {
        var compiler = new SegmentCompiler();
        var definition = Definition(new ComparisonCriterion("age", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(30)));
        compiler.Compile<Customer>(definition, Catalogs.Customer);
        compiler.Compile<Customer>(definition, FieldCatalog.FromType<Customer>());

        Assert.Equal(2, compiler.CacheMisses);
    }

    private static SegmentDefinition Definition(Criterion criterion, string name = "law") => new(name, criterion);

    /// <summary>The cache key's shape, stated from the definition (bound to the catalog) rather than from the compiler.</summary>
    private static string ShapeOf(Criterion criterion) => Shape(DefinitionBinder.BindCriterion(criterion, Catalog, "$.criteria"), Catalog);

    private static string Shape(Criterion criterion, FieldCatalog catalog) => criterion switch
    {
        AllCriterion all => "all(" + string.Join(",", all.Criteria.Select(c => Shape(c, catalog))) + ")",
        AnyCriterion any => "any(" + string.Join(",", any.Criteria.Select(c => Shape(c, catalog))) + ")",
        NotCriterion not => "not(" + Shape(not.Criterion, catalog) + ")",
        ComparisonCriterion c => $"cmp({c.Field} {c.Operator} {Literal(catalog, c.Field, c.Operator, c.Value)})",
        BetweenCriterion b => $"between({b.Field} {Literal(catalog, b.Field, ComparisonOperator.GreaterThanOrEqual, b.Low)} {Literal(catalog, b.Field, ComparisonOperator.LessThanOrEqual, b.High)})",
        InCriterion i => $"in({i.Field} {i.Negated} {List(catalog, i)})",
        TextCriterion t => $"text({t.Field} {t.Operator} {t.IgnoreCase})",
        NullCheckCriterion n => $"null({n.Field} {n.IsNull})",
        SetCriterion s => $"set({s.Field} {s.Operator})",
        TimeWindowCriterion w => $"time({w.Field} {w.Window.Kind})",
        AgeCriterion a => $"age({a.Field} {a.MinYears is null} {a.MaxYears is null})",
        // Consent compiles as its lowering: an existence aggregate with the channel and optional since.
        ConsentCriterion c => "consent:" + Shape(Segmentation.Definitions.ConsentLowering.Lower(c, catalog), catalog),
        GeoRadiusCriterion g => $"geo({g.LatitudeField} {g.LongitudeField} {GeoGeometry.For(g).HasLongitudeBox})",

        // Generated aggregate literals are whole numbers, which lower to a comparison in every aggregate type.
        AggregateCriterion a => $"agg({a.Collection} {a.Function} {a.ValueField} {a.Operator} f({(a.Filter is null ? null : Shape(a.Filter, catalog.FindField(a.Collection)!.ElementCatalog!))}) w({a.Window?.Field} {a.Window?.Window.Kind}))",
        SegmentReferenceCriterion r => $"ref({r.Segment} {ShapeOf(References[r.Segment].Criteria)})",
        CustomCriterion c => $"custom({c.Name})",
        _ => throw new InvalidOperationException($"{criterion.GetType().Name} has no shape rule; state what of it the compiled delegate depends on."),
    };

    /// <summary>A string tested for equality on a string field is part of the shape; a number, how it lowers to the field's type.</summary>
    private static string Literal(FieldCatalog catalog, string field, ComparisonOperator op, SegmentValue value)
    {
        var type = Core(catalog, field);
        return value.Kind switch
        {
            ValueKind.String when type == typeof(string) => JsonSerializer.Serialize(value.String),
            ValueKind.Number => NumericLowering.Lower(type, op, value.Number).Kind.ToString(),
            _ => "$",
        };
    }

    /// <summary>The distinct values of the field's type: none, a short list (its strings too, on a string field), or a set.</summary>
    private static string List(FieldCatalog catalog, InCriterion node)
    {
        var type = Core(catalog, node.Field);
        var values = node.Values
            .Select(v => v.Kind == ValueKind.Number ? NumericLowering.Exact(type, v.Number) : type.IsEnum ? Enum.Parse(type, v.String) : v.String)
            .Where(v => v is not null)
            .Distinct()
            .ToArray();
        return values.Length switch
        {
            0 => "none",
            <= SmallList when type == typeof(string) => "small" + JsonSerializer.Serialize(values),
            <= SmallList => "small" + values.Length.ToString(CultureInfo.InvariantCulture),
            _ => "set",
        };
    }

    private static Type Core(FieldCatalog catalog, string field)
    {
        var type = catalog.FindField(field)!.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}

using System.Linq.Expressions;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Explain;

/// <summary>Prepares a segment for explaining: composites stay a tree, each leaf gets its own compiled test.</summary>
internal static class ExplainPlanner
{
    internal static ExplainStep<T> Plan<T>(CompiledSegment<T> segment)
    {
        var limits = segment.Compiler.Limits;
        var scope = new ReferenceScope(segment.Name, segment.References, limits);
        return Plan<T>(segment.Definition.Criteria, segment.Catalog, BindingConstants.RootPath, scope, limits, 1);
    }

    private static ExplainStep<T> Plan<T>(Criterion criterion, FieldCatalog catalog, string path, ReferenceScope scope, DefinitionLimits limits, int depth)
    {
        var description = CriterionText.Describe(criterion, catalog);
        switch (criterion)
        {
            case AllCriterion or AnyCriterion:
                var children = criterion is AllCriterion all ? all.Criteria : ((AnyCriterion)criterion).Criteria;
                return new ExplainStep<T>
                {
                    Description = description,
                    Path = path,
                    Kind = criterion is AllCriterion ? ExplainStepKind.All : ExplainStepKind.Any,
                    Children = [.. children.Select((c, i) => Plan<T>(c, catalog, $"{path}.criteria[{i}]", scope, limits, depth + 1))],
                };
            case NotCriterion not:
                return new ExplainStep<T> { Description = description, Path = path, Kind = ExplainStepKind.Not, Children = [Plan<T>(not.Criterion, catalog, path + ".criterion", scope, limits, depth + 1)] };
            case SegmentReferenceCriterion reference:
                var referenced = scope.Enter(reference.Segment, path, catalog);
                var inner = Plan<T>(referenced.Criteria, catalog, path, scope, limits, depth + 1);
                scope.Exit();
                return new ExplainStep<T> { Description = description, Path = path, Kind = ExplainStepKind.Reference, Children = [inner] };
            default:
                return Leaf<T>(criterion, description, catalog, path, limits, depth);
        }
    }

    private static ExplainStep<T> Leaf<T>(Criterion criterion, string description, FieldCatalog catalog, string path, DefinitionLimits limits, int depth)
    {
        var record = Expression.Parameter(typeof(T), ExpressionWalker.RecordParameterName);
        var walker = new ExpressionWalker(CompileTarget.InMemory, new ReferenceScope("explain", null, limits), limits);
        var test = Expression.Lambda<Func<object?[], T, bool>>(walker.Build(criterion, record, catalog, path, depth), walker.Holder, record).Compile();
        var observer = new ExpressionWalker(CompileTarget.InMemory, new ReferenceScope("explain", null, limits), limits);
        var field = FieldName(criterion);
        var redacted = ExplainRedaction.HidesObserved(criterion, catalog);
        Expression? observed = redacted ? null : criterion switch
        {
            AggregateCriterion aggregate => observer.AggregateValue(aggregate, record, catalog, path, depth),
            ConsentCriterion consent => observer.AggregateValue(ConsentLowering.Lower(consent, catalog), record, catalog, path, depth),
            AgeCriterion age => observer.AgeValue(age, record, catalog),
            GeoRadiusCriterion geo => ExpressionWalker.DistanceValue(geo, record, catalog),
            _ => field is null ? null : catalog.FindField(field)?.Access(record),
        };
        return new ExplainStep<T>
        {
            Description = description,
            Path = path,
            Kind = ExplainStepKind.Leaf,
            Test = test,
            TestSlots = walker.Slots,
            Observe = observed is null ? null : Expression.Lambda<Func<object?[], T, object?>>(Expression.Convert(observed, typeof(object)), observer.Holder, record).Compile(),
            ObserveSlots = observer.Slots,
            ObservedField = criterion switch
            {
                AggregateCriterion a => CriterionText.Aggregate(a, catalog),
                ConsentCriterion c => $"consents({c.Field}, \"{c.Channel}\")",
                _ => field,
            },
            ObservedRedacted = redacted,
            ObservedSource = criterion is AggregateCriterion or ConsentCriterion || field is null ? null : catalog.FindField(field)?.Source,
        };
    }

    private static string? FieldName(Criterion criterion) => criterion switch
    {
        ComparisonCriterion c => c.Field,
        BetweenCriterion b => b.Field,
        InCriterion i => i.Field,
        TextCriterion t => t.Field,
        NullCheckCriterion n => n.Field,
        SetCriterion s => s.Field,
        TimeWindowCriterion w => w.Field,
        AgeCriterion a => "age(" + a.Field + ")",
        GeoRadiusCriterion => "distanceKm",
        _ => null,
    };
}

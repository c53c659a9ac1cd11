using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Explain;
using Segmentation.Rfm.Segments;
using Segmentation.Serialization;
using Segmentation.Tests.Database;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Definitions;

/// <summary>
/// Every pass over the criteria tree handles every criterion kind: each kind found by reflection is
/// generated and run through binding, set validation, in-memory and query compilation (SQLite, and
/// PostgreSQL when a server is configured: see <see cref="PostgresServer"/>),
/// explain, the JSON writer and reader, RFM field collection and capability analysis.
/// </summary>
public sealed class CriterionKindTests : IClassFixture<DatabaseParityPropertyTests.SharedCustomers>
{
    private const int Samples = 12;
    private static readonly DateTimeOffset AsOf = Domains.AsOf;
    private static readonly FieldCatalog Catalog = Catalogs.CustomerWithCriteria;
    private static readonly Dictionary<string, SegmentDefinition> References = new(StringComparer.Ordinal) { [DefinitionGenerators.ReferencedSegment.Name] = DefinitionGenerators.ReferencedSegment };

    /// <summary>Kinds that by design observe no single value when explained.</summary>
    private static readonly Type[] KindsWithoutObservedValue = [typeof(CustomCriterion)];

    private readonly DatabaseParityPropertyTests.SharedCustomers _shared;

    public CriterionKindTests(DatabaseParityPropertyTests.SharedCustomers shared) => _shared = shared;

    public static TheoryData<string> Kinds { get; } = [.. typeof(Criterion).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Criterion)) && !t.IsAbstract)
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void Kinds_AreFoundByReflection()
    {
        Assert.Contains(nameof(AgeCriterion), Kinds.Select(k => k.Data));
        Assert.Contains(nameof(GeoRadiusCriterion), Kinds.Select(k => k.Data));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryPass_HandlesTheKind(string kind)
    {
        var type = typeof(Criterion).Assembly.GetTypes().Single(t => t.Name == kind && t.IsSubclassOf(typeof(Criterion)));
        Assert.True(DefinitionGenerators.ByKind.TryGetValue(type, out var generator), $"{kind} has no generator case in DefinitionGenerators.ByKind; add one so every pass is tested with it.");
        var outcomes = new HashSet<bool>();
        foreach (var criterion in generator.Sample(Samples, new Rnd((ulong)kind.Length * 7919UL), 30))
        {
            Assert.IsType(type, criterion);
            var definition = new SegmentDefinition("kind", criterion);
            var bound = Binding(definition, type);
            Json(definition, bound);
            var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalog, References);
            outcomes.UnionWith(MemoryAndQuery(segment));
            Explain(segment, criterion);
            FieldCollection(bound);
            Capabilities(bound, segment);
        }

        Assert.True(outcomes.Count == 2, $"The {kind} samples should both match and miss some customers; they only gave {string.Join(",", outcomes)}.");
    }

    private static SegmentDefinition Binding(SegmentDefinition definition, Type kind)
    {
        var bound = DefinitionBinder.Bind(definition, Catalog);
        Assert.IsType(kind, bound.Criteria);
        Assert.Equal(bound, DefinitionBinder.Bind(bound, Catalog));
        var validated = DefinitionSetValidator.Validate(Catalog, [definition, DefinitionGenerators.ReferencedSegment]);
        Assert.Equal(bound, validated[0]);
        return bound;
    }

    private static void Json(SegmentDefinition definition, SegmentDefinition bound)
    {
        var json = SegmentJson.Serialize(definition);
        Assert.Equal(bound, SegmentJson.Deserialize(json, Catalog));
        Assert.Equal(json, SegmentJson.Serialize(SegmentJson.Deserialize(json, Catalog)));
    }

    private bool[] MemoryAndQuery(CompiledSegment<Customer> segment)
    {
        var customers = _shared.Customers;
        var memory = segment.ToPredicate(AsOf);
        var query = segment.ToExpression(AsOf).Compile();
        var results = customers.Select(memory).ToArray();
        Assert.Equal(results, customers.Select(query));
        if (segment.IsTranslatable)
        {
            var members = Enumerable.Range(0, customers.Length).Where(i => results[i]).Select(i => i + 1);
            Assert.Equal(members, Parity.DatabaseMembers(_shared.Database, segment, AsOf));
            if (PostgresServer.Available)
            {
                Assert.Equal(members, Parity.DatabaseMembers(_shared.Postgres, segment, AsOf));
            }
        }

        return results;
    }

    private void Explain(CompiledSegment<Customer> segment, Criterion criterion)
    {
        var observed = false;
        foreach (var customer in _shared.Customers)
        {
            var explanation = SegmentExplainer.Explain(segment, customer, AsOf);
            Assert.Equal(segment.IsMatch(customer, AsOf), explanation.IsMatch);
            Assert.NotEqual(criterion.GetType().Name, explanation.Root.Description);
            observed |= explanation.Root.Observed is not null;
        }

        var isLeaf = SegmentExplainer.Explain(segment, _shared.Customers[0], AsOf).Root.Children.Count == 0;
        Assert.True(!isLeaf || observed || KindsWithoutObservedValue.Contains(criterion.GetType()), $"Explaining {criterion} observed no value for any customer.");
    }

    private static void FieldCollection(SegmentDefinition bound)
    {
        var names = FieldNames.Of(bound.Criteria).ToArray();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(
            Catalog.FindField(name) is not null || name.StartsWith("segment:", StringComparison.Ordinal) || name.StartsWith("custom:", StringComparison.Ordinal),
            $"'{name}' collected from {bound.Criteria} is neither a field of the catalog nor a reference or custom criterion."));

        // The same record-level fields as the JSON names (an aggregate's own field and filter are element fields).
        using var json = JsonDocument.Parse(SegmentJson.Serialize(bound));
        var written = JsonFields(json.RootElement.GetProperty("criteria")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(written.Order(StringComparer.Ordinal), names.Where(n => Catalog.FindField(n) is not null).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> JsonFields(JsonElement node)
    {
        var aggregate = node.GetProperty("kind").GetString() == "aggregate";
        foreach (var property in node.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && (aggregate ? property.Name == "collection" : property.Name is "field" or "latitudeField" or "longitudeField"))
            {
                yield return property.Value.GetString()!;
            }
            else if (property.Name == "criterion")
            {
                foreach (var field in JsonFields(property.Value))
                {
                    yield return field;
                }
            }
            else if (property.Name == "criteria")
            {
                foreach (var field in property.Value.EnumerateArray().SelectMany(JsonFields))
                {
                    yield return field;
                }
            }
        }
    }

    private static void Capabilities(SegmentDefinition bound, CompiledSegment<Customer> segment)
    {
        var capabilities = CapabilityAnalysis.Analyze(Catalog, [bound, DefinitionGenerators.ReferencedSegment])[bound.Name];
        Assert.Equal(segment.ReferencedSegments.Order(StringComparer.Ordinal), capabilities.ReferencedSegments);
        Assert.Equal(segment.InMemoryOnlyCriteria.Order(StringComparer.Ordinal), capabilities.InMemoryCriteria);
        Assert.Equal(segment.RequiresAsync, capabilities.RequiresAsync);
        Assert.Equal(segment.IsTranslatable, capabilities.IsTranslatable);
        var named = FieldNames.Of(bound.Criteria).Where(n => n.StartsWith("custom:", StringComparison.Ordinal)).Select(n => n["custom:".Length..]);
        Assert.Subset(capabilities.CustomCriteria.ToHashSet(), named.ToHashSet());
    }
}

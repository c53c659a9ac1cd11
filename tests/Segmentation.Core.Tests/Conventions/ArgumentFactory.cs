using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.Catalog;
using Segmentation.Analytics;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Dsl;
using Segmentation.Evaluation;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Conventions;

/// <summary>
/// Valid (or harmless) arguments for reflection calls into the public API: known values for the
/// library's common types, then a public static instance of the type, then its constructors.
/// </summary>
internal static partial class ArgumentFactory
{
    /// <summary>Types tried, in order, for each type parameter of a generic member.</summary>
    internal static readonly Type[] TypeArguments =
        [typeof(Customer), typeof(int), typeof(Tier), typeof(string), typeof(double), typeof(decimal), typeof(DateTimeOffset), typeof(DateOnly), typeof(DateTime), typeof(long), typeof(Order)];

    private const int MaxDepth = 4;

    private static readonly SegmentDefinition Definition = new("a", new ComparisonCriterion("age", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(30)));

    /// <summary>How generic types whose instances come from the DSL are closed.</summary>
    private static readonly Dictionary<Type, Type> PreferredClosings = new()
    {
        [typeof(AggregateBuilder<,,>)] = typeof(AggregateBuilder<SegmentChain<Customer>, Order, decimal>),
        [typeof(SegmentMigrationResult<>)] = typeof(SegmentMigrationResult<int>),
    };

    private static readonly Dictionary<Type, Func<object>> Known = new()
    {
        [typeof(SegmentBuilder<Customer>)] = () => Segment.For<Customer>("a"),
        [typeof(SegmentChain<Customer>)] = () => Segment.For<Customer>("a").Where(c => c.Age).GreaterThan(1),
        [typeof(CriteriaGroup<Customer>)] = () => Group().Group,
        [typeof(CriteriaChain<Customer>)] = () => Group().Chain,
        [typeof(AggregateBuilder<SegmentChain<Customer>, Order, decimal>)] = () => Segment.For<Customer>("a").Where(c => c.Orders).Count(),
        [typeof(FieldCatalogBuilder<Customer>)] = () => FieldCatalog.For<Customer>(),
        [typeof(SegmentationBuilder)] = () =>
        {
            SegmentationBuilder? builder = null;
            new ServiceCollection().AddSegmentation(b => builder = b.AddCatalog<Customer>());
            return builder!;
        },
        [typeof(SegmentDefinitionSet)] = () => SegmentDefinitionSet.Create(Catalogs.Customer, [Definition], 1),
        [typeof(SegmentMigrationResult<int>)] = () => SegmentMigration.Compare(["a"], new Dictionary<int, int>(), new Dictionary<int, int>()),
        [typeof(ConcentrationResult)] = () => Concentration.Analyze([1m, 2m]),
        [typeof(Segmentation.Privacy.CustomerIdPseudonymizer)] = () => new Segmentation.Privacy.CustomerIdPseudonymizer(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        [typeof(string)] = () => "age",
        [typeof(object)] = () => new object(),
        [typeof(Type)] = () => typeof(Customer),
        [typeof(Customer)] = () => new Customer { Age = 40 },
        [typeof(Order)] = () => new Order(),
        [typeof(FieldCatalog)] = () => Catalogs.Customer,
        [typeof(SegmentDefinition)] = () => Definition,
        [typeof(Criterion)] = () => Definition.Criteria,
        [typeof(SegmentCompiler)] = () => new SegmentCompiler(),
        [typeof(CompiledSegment<Customer>)] = () => SegmentCompiler.Shared.Compile<Customer>(Definition, Catalogs.Customer),
        [typeof(SegmentSet<Customer>)] = () => SegmentSet<Customer>.AllMatches([Definition], Catalogs.Customer),
        [typeof(SegmentCounts)] = () => SegmentSet<Customer>.AllMatches([Definition], Catalogs.Customer).Count([new Customer { Age = 40 }], Domains.AsOf),
        [typeof(IServiceCollection)] = () => new ServiceCollection(),
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(TextReader)] = () => new StringReader(string.Empty),
        [typeof(Utf8JsonWriter)] = () => new Utf8JsonWriter(new MemoryStream()),
        [typeof(Exception)] = () => new InvalidOperationException("inner"),
        [typeof(DateTimeOffset)] = () => Domains.AsOf,
        [typeof(DateTime)] = () => Domains.AsOf.UtcDateTime,
        [typeof(DateOnly)] = () => DateOnly.FromDateTime(Domains.AsOf.UtcDateTime),
        [typeof(TimeSpan)] = () => TimeSpan.FromDays(1),
        [typeof(TimeWindow)] = () => TimeWindow.Last(30, TimeUnit.Days),
        [typeof(SegmentValue)] = () => SegmentValue.FromNumber(1),
        [typeof(int)] = () => 1,
        [typeof(long)] = () => 1L,
        [typeof(double)] = () => 1.0,
        [typeof(decimal)] = () => 1m,
        [typeof(bool)] = () => false,
        [typeof(char)] = () => 'a',
    };

    /// <summary>Builds a value of <paramref name="type"/>, or returns <see langword="false"/> when it cannot.</summary>
    internal static bool TryCreate(Type type, out object? value) => TryCreate(type, 0, out value);

    private static bool TryCreate(Type type, int depth, out object? value)
    {
        value = null;
        if (depth > MaxDepth || type.IsByRefLike || type.IsPointer || type.ContainsGenericParameters)
        {
            return false;
        }

        if (type.IsByRef)
        {
            return TryCreate(type.GetElementType()!, depth, out value);
        }

        if (Known.TryGetValue(type, out var known))
        {
            value = known();
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TryCreate(underlying, depth, out value);
        }

        if (type.IsEnum)
        {
            value = Enum.GetValues(type).GetValue(0);
            return true;
        }

        return TryCreateGeneric(type, depth, out value) || TryCreateFromType(type, depth, out value);
    }

    private static bool TryCreateFromType(Type type, int depth, out object? value)
    {
        value = null;
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            value = Lambda(type).Compile();
            return true;
        }

        if (type.IsValueType && type.GetConstructor(Type.EmptyTypes) is null && type.GetConstructors().Length == 0)
        {
            value = Activator.CreateInstance(type);
            return true;
        }

        var instance = type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type && p.GetIndexParameters().Length == 0);
        if (instance is not null)
        {
            value = instance.GetValue(null);
            return true;
        }

        // Constructors, then static factory methods of the library that return the type.
        var factories = type.GetConstructors().OrderBy(c => c.GetParameters().Length).Cast<MethodBase>()
            .Concat(type.Assembly.GetExportedTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => !m.IsGenericMethodDefinition && m.ReturnType == type));
        foreach (var factory in factories)
        {
            var parameters = factory.GetParameters();
            var arguments = new object?[parameters.Length];
            var built = true;
            for (var i = 0; i < parameters.Length && built; i++)
            {
                built = TryCreate(parameters[i].ParameterType, depth + 1, out arguments[i]);
            }

            if (!built)
            {
                continue;
            }

            try
            {
                value = factory is ConstructorInfo constructor ? constructor.Invoke(arguments) : factory.Invoke(null, arguments);
                return true;
            }
            catch (TargetInvocationException)
            {
            }
        }

        if (type.IsValueType)
        {
            value = Activator.CreateInstance(type);
            return true;
        }

        return false;
    }

    private static (CriteriaGroup<Customer> Group, CriteriaChain<Customer> Chain) Group()
    {
        CriteriaGroup<Customer>? group = null;
        CriteriaChain<Customer>? chain = null;
        Segment.For<Customer>("a").Not(g => chain = (group = g).Where(c => c.Age).GreaterThan(1));
        return (group!, chain!);
    }
}

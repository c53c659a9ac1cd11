using System.Linq.Expressions;
using System.Reflection;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Conventions;

/// <summary>Generic types and methods closed over test types; collections, expressions and delegates built for them.</summary>
internal static partial class ArgumentFactory
{
    /// <summary>Closes a generic method over the first fitting type arguments.</summary>
    internal static MethodInfo? Close(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return method;
        }

        foreach (var arguments in Combinations(method.GetGenericArguments().Length))
        {
            try
            {
                return method.MakeGenericMethod(arguments);
            }
            catch (ArgumentException)
            {
            }
        }

        return null;
    }

    /// <summary>Closes a generic type over the first fitting type arguments.</summary>
    internal static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        if (PreferredClosings.TryGetValue(type, out var preferred))
        {
            return preferred;
        }

        foreach (var arguments in Combinations(type.GetGenericArguments().Length))
        {
            try
            {
                return type.MakeGenericType(arguments);
            }
            catch (ArgumentException)
            {
            }
        }

        return null;
    }

    private static IEnumerable<Type[]> Combinations(int count) => count == 0
        ? [[]]
        : Combinations(count - 1).SelectMany(rest => TypeArguments.Select(first => (Type[])[first, .. rest]));

    private static bool TryCreateGeneric(Type type, int depth, out object? value)
    {
        value = null;
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var array = Array.CreateInstance(element, TryCreate(element, depth + 1, out var item) ? 1 : 0);
            if (array.Length == 1)
            {
                array.SetValue(item, 0);
            }

            value = array;
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>))
        {
            return TryCreate(arguments[0].MakeArrayType(), depth, out value);
        }

        if (definition == typeof(List<>))
        {
            value = Activator.CreateInstance(type);
            return true;
        }

        if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>))
        {
            value = Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments));
            return true;
        }

        if (definition == typeof(IQueryable<>))
        {
            value = Queryable.AsQueryable((System.Collections.IEnumerable)Array.CreateInstance(arguments[0], 0));
            return true;
        }

        if (definition == typeof(IAsyncEnumerable<>))
        {
            value = typeof(AsyncEnumerable).GetMethod(nameof(AsyncEnumerable.Empty))!.MakeGenericMethod(arguments[0]).Invoke(null, null);
            return true;
        }

        if (definition == typeof(IFieldBuilder<,>))
        {
            value = Activator.CreateInstance(typeof(FakeFieldBuilder<,>).MakeGenericType(arguments));
            return true;
        }

        if (definition == typeof(IEqualityComparer<>) || definition == typeof(IComparer<>))
        {
            value = typeof(Comparer<>).MakeGenericType(arguments).GetProperty("Default")!.GetValue(null);
            value = definition == typeof(IComparer<>) ? value : typeof(EqualityComparer<>).MakeGenericType(arguments).GetProperty("Default")!.GetValue(null);
            return true;
        }

        if (definition == typeof(Expression<>))
        {
            value = Selector(arguments[0]) ?? Lambda(arguments[0]);
            return true;
        }

        return false;
    }

    /// <summary>A selector of a property, <c>c =&gt; c.Latitude</c>, when the source has one of the result type.</summary>
    private static LambdaExpression? Selector(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters();
        if (parameters.Length != 1 || parameters[0].ParameterType.GetProperties().FirstOrDefault(p => p.PropertyType == invoke.ReturnType) is not { } property)
        {
            return null;
        }

        var source = Expression.Parameter(parameters[0].ParameterType, "x");
        return Expression.Lambda(delegateType, Expression.Property(source, property), source);
    }

    /// <summary>A lambda of the delegate type that returns the default value of its result.</summary>
    private static LambdaExpression Lambda(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : Expression.Default(invoke.ReturnType);
        return Expression.Lambda(delegateType, body, parameters);
    }

    /// <summary>A field selection over the customer's <c>age</c> field whose operator does nothing.</summary>
    private sealed class FakeFieldBuilder<TNext, TValue> : IFieldBuilder<TNext, TValue>
    {
        public CatalogField Field { get; } = Catalogs.Customer.FindField(typeof(TValue) != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(TValue)) ? "orders" : "age")!;

        public TNext Add(Criterion criterion) => default!;
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;
using Segmentation.Analytics;
using Segmentation.Serialization;
using Segmentation.Testing;

namespace Segmentation.Tests.Conventions;

/// <summary>
/// Every public method and constructor of Segmentation.Core and Segmentation.Testing, given
/// <see langword="null"/> for a reference parameter not annotated nullable, throws
/// <see cref="ArgumentNullException"/> naming that parameter, at the call (async methods and
/// iterators too, not when awaited or enumerated).
/// </summary>
public sealed class NullArgumentConventionTests
{
    /// <summary>Parameters left out, each with the reason; keep it short.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["TextCriteria.EqualTo(IFieldBuilder<TNext, String>, String, Boolean)(value)"] = "DSL design: a null value is answered by a SegmentationException that points to IsNull()/HasValue().",
        ["TextCriteria.NotEqualTo(IFieldBuilder<TNext, String>, String)(value)"] = "DSL design: a null value is answered by a SegmentationException that points to IsNull()/HasValue().",
    };

    private static readonly Assembly[] Assemblies = [typeof(SegmentationException).Assembly, typeof(SegmentAssert).Assembly];

    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void PublicMembers_NullForANonNullableReference_ThrowArgumentNullExceptionNamingIt()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (member, name) in Members().Where(m => !TakesSpan(m.Member)))
        {
            checkedCount += Check(member, name, failures);
        }

        Assert.True(checkedCount > 100, $"Only {checkedCount} parameters were checked; member discovery is broken.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} null-argument checks failed:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Exclusions_NameExistingParameters()
    {
        var names = Members().SelectMany(m => m.Member.GetParameters().Select(p => $"{m.Name}({p.Name})")).ToHashSet(StringComparer.Ordinal);

        Assert.All(Excluded.Keys, name => Assert.Contains(name, names));
    }

    /// <summary>Reflection cannot pass a span, so the members taking one are called here by hand; a new one fails the count.</summary>
    [Fact]
    public void SpanMembers_NullForANonNullableReference_ThrowArgumentNullExceptionNamingIt()
    {
        var spanMembers = Members().Where(m => TakesSpan(m.Member) && m.Member.GetParameters().Any(IsChecked)).Select(m => m.Name).ToArray();
        (string Parameter, Action Call)[] calls =
        [
            ("catalog", () => SegmentJson.DeserializeUtf8("{}"u8, null!)),
            ("catalog", () => SegmentJson.DeserializeSetUtf8("{}"u8, null!)),
            ("segmentNames", () => SegmentMigration.Compare<int>(null!, [], [])),
            ("segmentNames", () => SegmentReport.CreateExclusive(null!, [], [])),
            ("segmentNames", () => SegmentReport.CreateOverlapping(null!, [], [])),
        ];

        Assert.True(spanMembers.Length == calls.Length, "Members taking a span: " + string.Join("; ", spanMembers) + ". Add a hand-written call for each.");
        Assert.All(calls, call => Assert.Equal(call.Parameter, Assert.Throws<ArgumentNullException>(call.Call).ParamName));
    }

    private static bool TakesSpan(MethodBase member) => member.GetParameters().Any(p => p.ParameterType.IsByRefLike);

    private static bool IsChecked(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && !parameter.ParameterType.IsByRef && !parameter.IsOut
        && Nullability.Create(parameter).WriteState == NullabilityState.NotNull;

    private static int Check(MethodBase member, string name, List<string> failures)
    {
        var parameters = member.GetParameters();
        var count = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (!IsChecked(parameter) || Excluded.ContainsKey($"{name}({parameter.Name})"))
            {
                continue;
            }

            count++;
            if (!TryArguments(member, parameters, i, out var instance, out var arguments, out var missing))
            {
                failures.Add($"{name}({parameter.Name}): cannot build an argument of type {missing}; extend ArgumentFactory or exclude the member with a reason.");
                continue;
            }

            var outcome = Invoke(member, instance, arguments);
            if (outcome is not ArgumentNullException { } thrown || thrown.ParamName != parameter.Name)
            {
                failures.Add($"{name}({parameter.Name}): {Describe(outcome)}");
            }
        }

        return count;
    }

    private static bool TryArguments(MethodBase member, ParameterInfo[] parameters, int nullAt, out object? instance, out object?[] arguments, out string? missing)
    {
        arguments = new object?[parameters.Length];
        instance = null;
        missing = null;
        if (!member.IsStatic && member is not ConstructorInfo && !ArgumentFactory.TryCreate(member.ReflectedType!, out instance))
        {
            missing = member.ReflectedType!.Name + " (the instance)";
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (i == nullAt || parameter.IsOut)
            {
                continue;
            }

            if (parameter.HasDefaultValue)
            {
                arguments[i] = parameter.DefaultValue;
            }
            else if (!parameter.ParameterType.IsValueType && !parameter.ParameterType.IsByRef && Nullability.Create(parameter).WriteState == NullabilityState.Nullable)
            {
                arguments[i] = null;
            }
            else if (!ArgumentFactory.TryCreate(parameter.ParameterType, out arguments[i]))
            {
                missing = parameter.ParameterType.Name;
                return false;
            }
        }

        return true;
    }

    /// <summary>What the call threw at once; a returned task or sequence counts as not throwing.</summary>
    private static object? Invoke(MethodBase member, object? instance, object?[] arguments)
    {
        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(instance, arguments);
            return result switch
            {
                Task { IsFaulted: true } task => "threw " + task.Exception!.InnerException!.GetType().Name + " only when awaited",
                ValueTask<bool> => "returned a ValueTask",
                _ => "returned " + (result?.GetType().Name ?? "null") + " without throwing",
            };
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static string Describe(object? outcome) => outcome switch
    {
        ArgumentNullException e => $"ArgumentNullException names '{e.ParamName}'",
        Exception e => $"threw {e.GetType().Name}: {e.Message.Split('\n')[0]}",
        _ => outcome?.ToString() ?? "nothing",
    };

    /// <summary>Public methods and constructors, generic ones closed, each with a stable name.</summary>
    private static IEnumerable<(MethodBase Member, string Name)> Members()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var open in Assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            if (open.IsInterface || open.IsEnum || typeof(Delegate).IsAssignableFrom(open) || ArgumentFactory.Close(open) is not { } type)
            {
                continue;
            }

            // Exceptions follow the BCL pattern (any message, null included); a struct's constructor
            // cannot promise non-null fields since default(T) holds nulls anyway.
            IEnumerable<MethodBase> constructors = type.IsAbstract || type.IsValueType || typeof(Exception).IsAssignableFrom(type) ? [] : type.GetConstructors();
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(m => Assemblies.Contains(m.DeclaringType!.Assembly) && !m.IsAbstract && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                .Where(m => !m.IsSpecialName || m.Name.StartsWith("set_", StringComparison.Ordinal))
                .Where(m => !(type.IsAbstract && !m.IsStatic));
            foreach (var member in constructors.Concat(methods))
            {
                var name = Name(member);
                if (!seen.Add(name))
                {
                    continue;
                }

                if (member is MethodInfo method)
                {
                    if (ArgumentFactory.Close(method) is { } closed)
                    {
                        yield return (closed, name);
                    }
                }
                else
                {
                    yield return (member, name);
                }
            }
        }
    }

    private static string Name(MethodBase member)
    {
        var declaring = member.DeclaringType!;
        var parameters = string.Join(", ", member.GetParameters().Select(p => TypeName(p.ParameterType)));
        return $"{TypeName(declaring)}.{member.Name}({parameters})";
    }

    private static string TypeName(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
        : type.Name;
}

using System.Reflection;
using System.Runtime.CompilerServices;

namespace Segmentation.Evaluation;

/// <summary>
/// Element access through a reference to a span's first element, for compiled loops (an expression
/// tree cannot hold a span): the loops take <c>ref T</c> parameters and call these, which the JIT inlines.
/// The callers check the lengths before the loop runs.
/// </summary>
internal static class SpanAccess
{
    internal static T Read<T>(ref T first, int index) => Unsafe.Add(ref first, index);

    internal static void Write<T>(ref T first, int index, T value) => Unsafe.Add(ref first, index) = value;

    /// <summary><see cref="Read{T}"/> for <paramref name="type"/>.</summary>
    internal static MethodInfo ReadOf(Type type) => Method(nameof(Read), type);

    /// <summary><see cref="Write{T}"/> for <paramref name="type"/>.</summary>
    internal static MethodInfo WriteOf(Type type) => Method(nameof(Write), type);

    private static MethodInfo Method(string name, Type type) =>
        typeof(SpanAccess).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(type);
}

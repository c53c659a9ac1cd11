using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;
using BenchmarkDotNet.Attributes;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// Can any predicate compiled at run time match a hand-written lambda? One four-condition predicate
/// over 1M objects, as a lambda (the baseline), as an expression tree compiled by the runtime (a
/// DynamicMethod, as the library's are), and as the same IL written by hand into a static method of
/// a Reflection.Emit assembly, collectible and not. With dynamic PGO the JIT inlines the lambda into
/// the loop (guarded devirtualization of the delegate); the JIT listings show it calls the other
/// three through the delegate, whatever the kind of generated method.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class EmittedPredicateBenchmarks
{
    private EmitCustomer[] _customers = [];
    private Func<EmitCustomer, bool> _handWritten = null!;
    private Func<EmitCustomer, bool> _expressionCompiled = null!;
    private Func<EmitCustomer, bool> _emittedCollectible = null!;
    private Func<EmitCustomer, bool> _emittedPersistent = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        string[] countries = ["US", "CA", "GB", "DE", "FR", "JP"];
        _customers = Enumerable.Range(0, 1_000_000)
            .Select(_ => new EmitCustomer { Country = countries[random.Next(6)], Age = random.Next(18, 90), OptedOut = random.Next(10) == 0, Total = random.Next(0, 2000) })
            .ToArray();
        _handWritten = c => (c.Country == "US" || c.Country == "CA" || c.Country == "GB") && c.Age >= 25 && c.Age <= 60 && c.Total > 500.0 && !c.OptedOut;
        Expression<Func<EmitCustomer, bool>> expression = c => (c.Country == "US" || c.Country == "CA" || c.Country == "GB") && c.Age >= 25 && c.Age <= 60 && c.Total > 500.0 && !c.OptedOut;
        _expressionCompiled = expression.Compile();
        _emittedCollectible = Emit(AssemblyBuilderAccess.RunAndCollect);
        _emittedPersistent = Emit(AssemblyBuilderAccess.Run);
        var expected = Count(_handWritten);
        if (expected != Count(_expressionCompiled) || expected != Count(_emittedCollectible) || expected != Count(_emittedPersistent))
        {
            throw new InvalidOperationException("The predicates disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLambda() => Count(_handWritten);

    [Benchmark]
    public int ExpressionCompiled() => Count(_expressionCompiled);

    [Benchmark]
    public int EmittedCollectible() => Count(_emittedCollectible);

    [Benchmark]
    public int EmittedPersistent() => Count(_emittedPersistent);

    private int Count(Func<EmitCustomer, bool> predicate)
    {
        var n = 0;
        foreach (var customer in _customers)
        {
            if (predicate(customer))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The predicate's IL in a static method of a new dynamic assembly.</summary>
    private static Func<EmitCustomer, bool> Emit(AssemblyBuilderAccess access)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("EmittedPredicate" + access), access);
        var type = assembly.DefineDynamicModule("Predicates").DefineType("Predicate", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract);
        var method = type.DefineMethod("Test", MethodAttributes.Public | MethodAttributes.Static, typeof(bool), [typeof(EmitCustomer)]);
        var il = method.GetILGenerator();
        var no = il.DefineLabel();
        var country = il.DefineLabel();
        var equal = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;
        foreach (var code in new[] { "US", "CA", "GB" })
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, typeof(EmitCustomer).GetField(nameof(EmitCustomer.Country))!);
            il.Emit(OpCodes.Ldstr, code);
            il.Emit(OpCodes.Call, equal);
            il.Emit(OpCodes.Brtrue, country);
        }

        il.Emit(OpCodes.Br, no);
        il.MarkLabel(country);
        Compare(il, nameof(EmitCustomer.Age), 25, OpCodes.Blt, no);
        Compare(il, nameof(EmitCustomer.Age), 60, OpCodes.Bgt, no);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeof(EmitCustomer).GetField(nameof(EmitCustomer.Total))!);
        il.Emit(OpCodes.Ldc_R8, 500.0);
        il.Emit(OpCodes.Ble_Un, no);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeof(EmitCustomer).GetField(nameof(EmitCustomer.OptedOut))!);
        il.Emit(OpCodes.Brtrue, no);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(no);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ret);
        return type.CreateType().GetMethod("Test")!.CreateDelegate<Func<EmitCustomer, bool>>();
    }

    private static void Compare(ILGenerator il, string field, int bound, OpCode branch, Label no)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, typeof(EmitCustomer).GetField(field)!);
        il.Emit(OpCodes.Ldc_I4, bound);
        il.Emit(branch, no);
    }
}

/// <summary>A customer with public fields, so the emitted IL reads them directly.</summary>
#pragma warning disable CA1051 // Fields, not properties: the emitted IL loads them with ldfld.
public sealed class EmitCustomer
{
    public string Country = "";
    public int Age;
    public bool OptedOut;
    public double Total;
}
#pragma warning restore CA1051

namespace Segmentation.Tests.Docs;

/// <summary>A page compiles as one program, and each error is attributed to the block (and markdown line) it is in.</summary>
public sealed class DocPageResultTests
{
    [Fact]
    public void Compile_LaterBlocksUseEarlierVariablesUsingsAndTypes_HasNoErrors()
    {
        var result = Compile("""
            <!-- prelude
            using Segmentation.Tests.TestModel;
            Customer[] customers = [new() { Country = "US" }];
            -->
            ```csharp
            var total = customers.Sum(c => c.TotalSpend);
            ```
            ```csharp
            using System.Globalization;

            var text = total.ToString(CultureInfo.InvariantCulture) + new Note("x").Text;
            ```
            ```csharp
            public sealed record Note(string Text);
            ```
            """);

        Assert.Empty(result.PageErrors);
        Assert.All(result.Errors.Values, Assert.Empty);
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Compile_ErrorInOneBlock_IsAttributedToThatBlockWithItsMarkdownLine()
    {
        var result = Compile("""
            ```csharp
            var a = 1;
            ```

            ```csharp
            var b = a;
            var c = a.NoSuchMember;
            ```
            """);

        var (first, second) = (result.Page.Chunks[0], result.Page.Chunks[1]);
        Assert.Empty(result.Errors[first]);
        var error = Assert.Single(result.Errors[second]);
        Assert.StartsWith("x.md(7,11): error CS1061:", error, StringComparison.Ordinal);
        Assert.Empty(result.PageErrors);
    }

    [Fact]
    public void Compile_ErrorInAPrelude_IsAPageError()
    {
        var result = Compile("""
            <!-- prelude
            int a = "text";
            -->
            ```csharp
            var b = a;
            ```
            """);

        var error = Assert.Single(result.PageErrors);
        Assert.StartsWith("x.md(2,9): error CS0029:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NoCompileBlock_ErrorsStayOutOfTheProgramAndMarkedBlockThatCompilesHasNone()
    {
        var result = Compile("""
            ```csharp
            var a = 1;
            ```
            <!-- no-compile: a string is not an int -->
            ```csharp
            int b = "text";
            ```
            <!-- no-compile: claims an error it does not have -->
            ```csharp
            int c = a;
            ```
            ```csharp
            var d = a;
            ```
            """);

        var chunks = result.Page.Chunks;
        Assert.Contains("error CS0029", Assert.Single(result.Errors[chunks[1]]), StringComparison.Ordinal);
        Assert.Empty(result.Errors[chunks[2]]);
        Assert.Empty(result.Errors[chunks[0]]);
        Assert.Empty(result.Errors[chunks[3]]);
        Assert.Empty(result.PageErrors);
    }

    [Fact]
    public void Failure_EachKindOfBlock_NamesTheBlockAndWhy()
    {
        var result = Compile("""
            ```csharp
            var a = 1;
            ```
            ```csharp
            var b = a.NoSuchMember;
            ```
            <!-- no-compile: compiles after all -->
            ```csharp
            var c = a;
            ```
            <!-- no-compile: CS0029, a string is not an int -->
            ```csharp
            int d = "text";
            ```
            <!-- no-compile: CS0029, but fails for another reason -->
            ```csharp
            int e = f;
            ```
            """);

        var failures = result.Page.Samples.Select(result.Failure).ToArray();

        Assert.Null(failures[0]);
        Assert.StartsWith("x.md #2 (line 4) does not compile (1 error(s);", failures[1], StringComparison.Ordinal);
        Assert.Contains("x.md(5,11): error CS1061:", failures[1], StringComparison.Ordinal);
        Assert.Equal("x.md #3 (line 8) is marked '<!-- no-compile: compiles after all -->' but compiles: remove the marker, or make the block show what it claims.", failures[2]);
        Assert.Null(failures[3]);
        Assert.StartsWith("x.md #5 (line 16) is marked no-compile with CS0029, which it does not fail with; its errors:\nx.md(17,9): error CS0103:", failures[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_PreludeError_FailsEveryBlockOfThePage()
    {
        var result = Compile("""
            <!-- prelude
            int a = "text";
            -->
            ```csharp
            var b = 1;
            ```
            """);

        Assert.Contains("x.md(2,9): error CS0029:", result.Failure(result.Page.Chunks[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BlockWithASyntaxError_IsReportedAtItsLine()
    {
        var result = Compile("""
            ```csharp
            var a = ;
            ```
            """);

        Assert.Contains(result.Errors[result.Page.Chunks[0]], e => e.StartsWith("x.md(2,", StringComparison.Ordinal));
    }

    private static DocPageResult Compile(string markdown) =>
        DocPageResult.Compile(DocPage.Parse("x.md", markdown), TestContext.Current.CancellationToken);
}

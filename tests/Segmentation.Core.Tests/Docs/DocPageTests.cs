namespace Segmentation.Tests.Docs;

/// <summary>How a markdown page is split into samples and preludes, and how malformed markers fail.</summary>
public sealed class DocPageTests
{
    [Fact]
    public void Parse_PageWithPreludeSamplesAndOtherFences_FindsTheCSharpInOrderWithLines()
    {
        var page = DocPage.Parse("docs/x.md", """
            # Title

            <!-- prelude
            var a = 1;
            -->
            ```json
            { "csharp": true }
            ```
            ```csharp
            var b = a;
            ```
            - in a list:
              ```C# title
              var c = b;
              ```
            <!-- no-compile: shows an error -->

            ~~~cs
            int d = "text";
            ~~~
            """);

        Assert.Equal(
            [
                (DocChunkKind.Prelude, 0, 3, 4, "var a = 1;", (string?)null),
                (DocChunkKind.Sample, 1, 9, 10, "var b = a;", null),
                (DocChunkKind.Sample, 2, 13, 14, "var c = b;", null),
                (DocChunkKind.NoCompileSample, 3, 18, 19, "int d = \"text\";", "shows an error"),
            ],
            page.Chunks.Select(c => (c.Kind, c.Number, c.MarkerLine, c.FirstLine, c.Code, c.Reason)));
        Assert.Equal(["docs/x.md #1 (line 9)", "docs/x.md #2 (line 13)", "docs/x.md #3 (line 18)"], page.Samples.Select(s => s.Id));
    }

    [Fact]
    public void Parse_MarkersInsideAFence_AreCode()
    {
        var page = DocPage.Parse("x.md", """
            ````markdown
            <!-- prelude
            ```csharp
            var x = 1;
            ```
            ````
            """);

        Assert.Empty(page.Chunks);
    }

    [Theory]
    [InlineData("```csharp\nvar a = 1;\n", "x.md(1): the code fence is never closed.")]
    [InlineData("<!-- prelude\nvar a = 1;\n", "x.md(1): the prelude is never closed by a '-->' line.")]
    [InlineData("<!-- prelude var a = 1; -->\n", "x.md(1): a prelude opens with '<!-- prelude' alone on its line and closes with '-->' alone on its line.")]
    [InlineData("<!-- no-compile -->\n```csharp\nx\n```\n", "x.md(1): write the marker as '<!-- no-compile: reason -->' on one line.")]
    [InlineData("<!-- no-compile: why -->\ntext\n```csharp\nx\n```\n", "x.md(1): '<!-- no-compile -->' must be followed by a csharp block.")]
    [InlineData("<!-- no-compile: why -->\n```json\n{}\n```\n", "x.md(1): '<!-- no-compile -->' must be followed by a csharp block.")]
    [InlineData("text\n\n<!-- no-compile: why -->\n", "x.md(3): '<!-- no-compile -->' must be followed by a csharp block.")]
    public void Parse_MalformedMarker_ThrowsNamingTheLine(string markdown, string message)
    {
        var error = Assert.Throws<FormatException>(() => DocPage.Parse("x.md", markdown));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("csharp", true)]
    [InlineData("CSharp", true)]
    [InlineData("cs", true)]
    [InlineData("c#", true)]
    [InlineData(" csharp title=\"x\"", true)]
    [InlineData("csharpx", false)]
    [InlineData("json", false)]
    [InlineData("", false)]
    public void IsCSharp_InfoString_NamesCSharpOnlyForItsThreeSpellings(string info, bool expected)
    {
        Assert.Equal(expected, DocPage.IsCSharp(info));
    }
}

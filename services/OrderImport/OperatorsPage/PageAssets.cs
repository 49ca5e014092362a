namespace Fulfillment.OrderImport.OperatorsPage;

/// <summary>
/// The page's own stylesheet and script, embedded in the assembly and served from it: nothing is downloaded at run
/// time and nothing depends on where the service was started from.
/// </summary>
public static class PageAssets
{
    public const string StylesheetPath = "/operators-page/operators.css";
    public const string ScriptPath = "/operators-page/operators-page.js";

    public static WebApplication MapPageAssets(this WebApplication app)
    {
        var stylesheet = Read("operators.css");
        var script = Read("operators-page.js");
        app.MapGet(StylesheetPath, () => Results.Text(stylesheet, "text/css")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet(ScriptPath, () => Results.Text(script, "text/javascript")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"OperatorsPage.{name}")
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

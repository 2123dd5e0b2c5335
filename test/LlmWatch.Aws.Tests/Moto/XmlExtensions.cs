using System.Xml.Linq;

namespace LlmWatch.Aws.Tests.Moto;

internal static class XmlExtensions
{
    public static string Text(this XDocument doc, string localName) =>
        doc.Descendants().First(e => e.Name.LocalName == localName).Value;
}

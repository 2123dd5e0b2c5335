using System.Xml;

namespace LlmWatch.Aws.Sns;

/// <summary>Reads values out of SNS query-protocol XML responses without a DOM.</summary>
internal static class SnsXml
{
    /// <summary>The text of the first element named <paramref name="localName"/>, or null.</summary>
    public static string? FirstElement(byte[] xml, string localName)
    {
        using var stream = new MemoryStream(xml, writable: false);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
            {
                return reader.ReadElementContentAsString().Trim();
            }
        }

        return null;
    }
}

import sax from 'sax';

/** One element of a parsed XML document. */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/**
 * Parses `xml` with sax in strict mode (well-formedness errors throw, entities are decoded) into a
 * plain tree: what a CI server's JUnit reader sees.
 */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.oncdata = (text) => void (stack.at(-1)!.text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

/** The child elements of `element` named `name`. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);

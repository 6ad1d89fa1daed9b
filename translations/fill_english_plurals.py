#!/usr/bin/python3
"""Fills the English plural forms in borgtide_en.ts from the source texts.

"%n job(s)" becomes "%n job" / "%n jobs"; "%n day(s)" likewise; a source without "(s)" gets
the same text for both forms. Run after `update_translations`; the result is committed.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/borgtide_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    singular = re.sub(r"\(s\)", "", source)
    singular = singular.replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
tree.write(path, encoding="utf-8", xml_declaration=True)
print(f"filled English plural forms in {path}")
